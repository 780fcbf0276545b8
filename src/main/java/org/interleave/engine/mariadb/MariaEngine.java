// Runs scenarios on a course's own MariaDB server: a pooled database and user per run, waits from InnoDB's lock views.
package org.interleave.engine.mariadb;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.IsolationSupport;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.SlotPool;
import org.interleave.engine.WaitPolicy;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Isolation;

public final class MariaEngine implements DatabaseEngine {
    static final int MAX_SLOTS = 16;
    private final MariaServer server;
    private final SlotPool<MariaSlot> slots;
    private final LockWaitMonitor monitor;
    private final String prefix;

    MariaEngine(MariaServer server) {
        this.server = server;
        byte[] bytes = new byte[4];
        new java.security.SecureRandom().nextBytes(bytes);
        this.prefix = "interleave_" + java.util.HexFormat.of().formatHex(bytes);
        this.slots = new SlotPool<>(prefix, MAX_SLOTS, true, name -> MariaSlot.create(server, name));
        this.monitor = new LockWaitMonitor(server, prefix);
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo(EngineId.MARIADB, server.version(), server.displayName());
    }

    @Override
    public RunDatabase create() throws SQLException {
        server.ensureConnected();
        return new MariaRunDatabase(slots, slots.take(), monitor);
    }

    @Override
    public ErrorKind classify(SQLException e) {
        return MariaErrors.classify(e);
    }

    @Override
    public String shortMessage(SQLException e) {
        return MariaErrors.shortMessage(e);
    }

    /**
     * Lock waits are seen through a view InnoDB refreshes every 100 ms at most, so a wait is told about 110 to 220 ms
     * after it begins (later, unnamed, when another reader keeps the view frozen: see LockWaitMonitor); MariaDB breaks
     * a deadlock at once, so no wait needs holding for it.
     */
    @Override
    public WaitPolicy waitPolicy(boolean exploring) {
        return new WaitPolicy(1000, 2000, 0, 0, -1, 3000, 200, 0);
    }

    @Override
    public List<IsolationSupport> isolationLevels() {
        String rr = server.snapshotIsolation()
                ? "MariaDB's REPEATABLE READ with innodb_snapshot_isolation=ON fails a write to a row changed since the snapshot (1020)"
                : "MariaDB's REPEATABLE READ (innodb_snapshot_isolation=OFF on this server) reads a snapshot but writes the latest row:"
                        + " a read-modify-write can lose an update";
        return List.of(
                new IsolationSupport(Isolation.READ_UNCOMMITTED, Isolation.READ_UNCOMMITTED, "MariaDB lets this level read uncommitted changes"),
                new IsolationSupport(Isolation.READ_COMMITTED, Isolation.READ_COMMITTED, null),
                new IsolationSupport(Isolation.REPEATABLE_READ, Isolation.REPEATABLE_READ, rr),
                new IsolationSupport(Isolation.SERIALIZABLE, Isolation.SERIALIZABLE, "MariaDB's SERIALIZABLE makes plain reads take shared"
                        + " locks: readers wait for writers, and write skew ends in a deadlock"));
    }

    /** SET TRANSACTION READ ONLY holds for the next transaction: the one the lane's first statement now starts. */
    @Override
    public void begun(java.sql.Connection lane, org.interleave.scenario.TransactionStart start) throws java.sql.SQLException {
        if (!start.readOnly()) return;
        try (java.sql.Statement s = lane.createStatement()) {
            s.execute("SET TRANSACTION READ ONLY");
        }
    }

    @Override
    public Optional<String> explainContinue(ErrorKind kind) {
        return Optional.of(kind == ErrorKind.DEADLOCK ? "MariaDB rolled the whole transaction back; the next statements run in a new one"
                : "MariaDB undid only this statement; the transaction goes on");
    }

    @Override
    public Optional<String> explainFailure(ErrorKind kind) {
        return switch (kind) {
            case DEADLOCK -> Optional.of("MariaDB found the cycle at once and rolled back the lighter transaction (the one that changed"
                    + " fewer rows; on a tie, the one that closed the cycle) entirely: its next statement would start a new transaction");
            case LOCK_TIMEOUT, UNIQUE_VIOLATION -> Optional.of("MariaDB rolled back only this statement and kept the transaction open;"
                    + " Interleave rolls it back, as an application would");
            case SERIALIZATION -> Optional.of("innodb_snapshot_isolation=ON: MariaDB refuses to write a row changed since this"
                    + " transaction's snapshot");
            default -> Optional.empty();
        };
    }

    @Override
    public int explorationParallelism() {
        return Math.min(MAX_SLOTS / 2, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** For tests: the server, and the prefix of this engine's users and databases. */
    MariaServer server() {
        return server;
    }

    String userPrefix() {
        return prefix;
    }

    /** Drops the pool's databases and users from the server and ends the lock monitor. */
    @Override
    public void close() {
        monitor.close();
        slots.close();
    }
}
