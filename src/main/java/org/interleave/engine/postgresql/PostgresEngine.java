// Runs scenarios on PostgreSQL: the embedded server by default, or a course's own; a reset database per run.
package org.interleave.engine.postgresql;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.IsolationSupport;
import org.interleave.engine.ReturningForm;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.SlotPool;
import org.interleave.engine.WaitPolicy;
import org.interleave.engine.WriteStatement;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Isolation;

public final class PostgresEngine implements DatabaseEngine {
    private static final List<IsolationSupport> LEVELS = List.of(
            new IsolationSupport(Isolation.READ_UNCOMMITTED, Isolation.READ_COMMITTED,
                    "PostgreSQL runs READ UNCOMMITTED as READ COMMITTED: it never shows uncommitted changes"),
            new IsolationSupport(Isolation.READ_COMMITTED, Isolation.READ_COMMITTED, null),
            new IsolationSupport(Isolation.REPEATABLE_READ, Isolation.REPEATABLE_READ, "PostgreSQL's REPEATABLE READ is snapshot"
                    + " isolation: writing a row changed since the snapshot fails with 40001, but write skew commits"),
            new IsolationSupport(Isolation.SERIALIZABLE, Isolation.SERIALIZABLE, "PostgreSQL's SERIALIZABLE detects read-write"
                    + " dependency cycles and fails one transaction with 40001, so write skew cannot commit"));

    /** Runs at once on one server; more wait for a run database. */
    static final int MAX_SLOTS = 24;
    private final PostgresServer server;
    private final SlotPool<RunSlot> slots;

    PostgresEngine(PostgresServer server) {
        this.server = server;
        // Names this process's run databases and roles, so that several Interleave processes can share a server.
        String prefix = "interleave_" + EmbeddedServer.secret().substring(0, 10);
        this.slots = new SlotPool<>(prefix, MAX_SLOTS, !server.embedded(), name -> RunSlot.create(server, name));
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo(EngineId.POSTGRESQL, server.version(), server.displayName());
    }

    /** Starts the server on first use (seconds for the embedded one), then lends a reset database of the pool. */
    @Override
    public RunDatabase create() throws SQLException {
        server.ensureStarted();
        return new PostgresRunDatabase(slots, slots.take());
    }

    @Override
    public ErrorKind classify(SQLException e) {
        return PostgresErrors.classify(e);
    }

    @Override
    public String shortMessage(SQLException e) {
        return PostgresErrors.shortMessage(e);
    }

    /**
     * PostgreSQL reports every lock wait (pg_blocking_pids), so no wait is guessed from time. A wait counts only
     * after twice deadlock_timeout: by then PostgreSQL's deadlock check for it has run, so when a later step closes
     * a cycle, that step's own check finds it and its transaction is the victim, every time.
     */
    @Override
    public WaitPolicy waitPolicy(boolean exploring) {
        return new WaitPolicy(1000, 300, 25, 2 * deadlockTimeout(), -1, 3000 + 2 * deadlockTimeout(), 200, 0);
    }

    private long deadlockTimeout() {
        try {
            return server.deadlockTimeoutMillis();
        } catch (SQLException e) {
            return 1000; // PostgreSQL's default
        }
    }

    /** 42725 (operator is not unique), 42P18 (indeterminate type), 42804, 42883: a parameter whose type only its value gives. */
    @Override
    public boolean isSchemaProblem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return PostgresErrors.classify(e) == ErrorKind.SYNTAX && !java.util.Set.of("42725", "42P18", "42804", "42883").contains(state);
    }

    /**
     * PostgreSQL returns a data change's rows with {@code RETURNING *} (new values; a DELETE's, the deleted row's),
     * which changes neither the rows changed nor the locks taken. It starts on a new line, so a statement ending in a
     * {@code --} comment still works.
     */
    @Override
    public Optional<ReturningForm> returningWrites(String sql, WriteStatement write) {
        return Optional.of(ReturningForm.returningClause(sql.strip().replaceAll(";+$", "") + "\nRETURNING *"));
    }

    @Override
    public List<IsolationSupport> isolationLevels() {
        return LEVELS;
    }

    /** pgjdbc knows the transaction status from the server's last ReadyForQuery: FAILED is an aborted transaction. */
    @Override
    public Optional<Boolean> transactionFailed(java.sql.Connection lane) {
        try {
            return Optional.of(lane.unwrap(org.postgresql.core.BaseConnection.class).getTransactionState()
                    == org.postgresql.core.TransactionState.FAILED);
        } catch (java.sql.SQLException e) {
            return Optional.empty();
        }
    }

    /** pgjdbc sends a step's statements in one request, which PostgreSQL runs as its isolation tester's step is run (see BlockSender). */
    @Override
    public boolean sendsBlockAtOnce() {
        return true;
    }

    /** READ ONLY and DEFERRABLE: SET TRANSACTION as the transaction's first statement (pgjdbc sends BEGIN before it). */
    @Override
    public void begun(java.sql.Connection lane, org.interleave.scenario.TransactionStart start) throws java.sql.SQLException {
        if (!start.readOnly() && !start.deferrable()) return;
        try (java.sql.Statement s = lane.createStatement()) {
            s.execute("SET TRANSACTION " + (start.readOnly() ? "READ ONLY" : "READ WRITE") + (start.deferrable() ? ", DEFERRABLE" : ""));
        }
    }

    @Override
    public Optional<String> explainContinue(ErrorKind kind) {
        return Optional.of("PostgreSQL keeps the failed transaction open: it refuses every further statement (25P02) until the"
                + " transaction ends, and answers COMMIT with ROLLBACK");
    }

    @Override
    public Optional<String> explainFailure(ErrorKind kind) {
        return switch (kind) {
            case DEADLOCK -> Optional.of("PostgreSQL looks for a deadlock once a statement has waited deadlock_timeout ("
                    + deadlockTimeout() + " ms); Interleave lets every wait last twice that before the next step, so the"
                    + " statement that closed the cycle is the one that finds it and is rolled back");
            case SERIALIZATION -> Optional.of("PostgreSQL fails a transaction whose result could not come from any"
                    + " one-after-the-other order of the transactions");
            case TRANSACTION_ABORTED -> Optional.of("after an error PostgreSQL refuses every statement until ROLLBACK,"
                    + " and answers COMMIT with a rollback");
            default -> Optional.empty();
        };
    }

    /** Waits on a server cost no CPU here, so more orders run at once than there are cores. */
    @Override
    public int explorationParallelism() {
        return Math.min(MAX_SLOTS / 2, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** Closes the pool (dropping its databases and roles on a user's server) and stops the embedded server. */
    @Override
    public void close() {
        slots.close();
        server.close();
    }

    /** For tests: the server the engine runs on. */
    PostgresServer server() {
        return server;
    }
}
