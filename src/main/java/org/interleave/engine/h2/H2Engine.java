// Runs scenarios on embedded, in-memory H2 2.5: a private database per run (kept and emptied between runs), lanes as a non-admin user.
package org.interleave.engine.h2;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.h2.engine.Constants;
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

public final class H2Engine implements DatabaseEngine {
    /** How long a lane may wait for a lock before H2 gives up: long, so a teacher can talk. */
    static final int LOCK_TIMEOUT_MILLIS = 10 * 60 * 1000;
    /**
     * H2 names no holder for a duplicate unique key or a table lock, so such a wait is assumed after a while; a
     * deadlock victim shows a blocker for up to about 20 ms before its error; a released step may finish before the
     * statement that released it has returned. The second insert of a duplicate key spins, its thread busy about
     * 95 % of the wall time (measured: 955 ms of CPU in 1 s). An unreported wait is believed once the statement has run that long and also
     * used half of it in CPU: a statement only held up on a starved machine uses next to none.
     */
    private static final WaitPolicy STEPPING = new WaitPolicy(1000, 300, 25, 0, 400, 3000, 200, 100, 200);
    /** Exploring: a statement here takes well under 1 ms, so an unreported wait is called sooner. */
    private static final WaitPolicy EXPLORING = new WaitPolicy(1000, 300, 25, 0, 150, 3000, 200, 100, 75);
    /**
     * Measured on H2 2.5 (T1 reads table a; T2 changes table b and commits; T1 then reads b): REPEATABLE READ shows
     * T2's change, because H2 takes the snapshot of each table when the transaction first uses it; SNAPSHOT and
     * SERIALIZABLE do not, taking every table's at the first statement. All three fail a write conflict with 40001
     * and none prevents write skew.
     */
    private static final String NO_WRITE_SKEW_CHECK = "a write conflict fails with 40001, but write skew is not prevented";
    private static final List<IsolationSupport> LEVELS = List.of(
            new IsolationSupport(Isolation.READ_UNCOMMITTED, Isolation.READ_UNCOMMITTED, "H2 lets this level read uncommitted changes"),
            new IsolationSupport(Isolation.READ_COMMITTED, Isolation.READ_COMMITTED, null),
            new IsolationSupport(Isolation.REPEATABLE_READ, Isolation.REPEATABLE_READ, "H2 takes the snapshot of each table when the"
                    + " transaction first uses it, so two tables can be seen as of different moments; " + NO_WRITE_SKEW_CHECK),
            new IsolationSupport(Isolation.SNAPSHOT, Isolation.SNAPSHOT, "H2 takes the snapshot of every table at the transaction's"
                    + " first statement; " + NO_WRITE_SKEW_CHECK),
            new IsolationSupport(Isolation.SERIALIZABLE, Isolation.SERIALIZABLE, "H2 runs SERIALIZABLE as SNAPSHOT (every table's"
                    + " snapshot at the first statement): " + NO_WRITE_SKEW_CHECK));

    /** Databases kept for the next run: more than an exploration and the window use at once. */
    static final int MAX_SLOTS = 64;
    private static final java.util.concurrent.atomic.AtomicLong ENGINES = new java.util.concurrent.atomic.AtomicLong();

    private final EngineInfo info = new EngineInfo(EngineId.H2, Constants.VERSION, "H2 " + Constants.VERSION + " (embedded, in memory)");
    private final SlotPool<H2Slot> slots = new SlotPool<>("interleave_" + ProcessHandle.current().pid() + "_" + ENGINES.incrementAndGet(),
            MAX_SLOTS, false, name -> H2Slot.create(name, LOCK_TIMEOUT_MILLIS));

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public RunDatabase create() throws SQLException {
        return new H2RunDatabase(slots, slots.take());
    }

    @Override
    public WaitPolicy waitPolicy(boolean exploring) {
        return exploring ? EXPLORING : STEPPING;
    }

    /**
     * H2 returns the rows an INSERT, UPDATE or MERGE wrote as "generated keys" when the driver is asked for the
     * table's columns by name; the statement still runs as an update, as written. Measured: its delta tables
     * ({@code SELECT * FROM FINAL TABLE (UPDATE ...)}) run as a query and then miss REPEATABLE READ's write conflict
     * (calorie-goal's T2 overwrote T1 instead of failing), so they are not used. A DELETE returns no keys: its rows
     * are counted, not shown.
     */
    @Override
    public java.util.Optional<ReturningForm> returningWrites(String sql, WriteStatement write) {
        if (write.verb() == WriteStatement.Verb.DELETE) return java.util.Optional.empty();
        return java.util.Optional.of(ReturningForm.columnsAsKeys(sql));
    }

    @Override
    public List<IsolationSupport> isolationLevels() {
        return LEVELS;
    }

    @Override
    public String shortMessage(SQLException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        int sqlEcho = first.indexOf("; SQL statement:");
        return sqlEcho > 0 ? first.substring(0, sqlEcho) : first;
    }

    /** Measured (see the notes on H2): a write conflict of UPDATE or DELETE rolls the transaction back, FOR UPDATE's does not. */
    @Override
    public java.util.Optional<String> explainContinue(ErrorKind kind) {
        return java.util.Optional.of(kind == ErrorKind.SERIALIZATION || kind == ErrorKind.DEADLOCK
                ? "H2 rolled the transaction back (after an UPDATE or DELETE; a SELECT ... FOR UPDATE keeps it) and runs the next"
                        + " statements in a new one"
                : "H2 undid only this statement; the transaction goes on");
    }

    @Override
    public ErrorKind classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "40001": {
                Throwable cause = e.getCause();
                String causeText = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
                String text = (e.getMessage() == null ? "" : e.getMessage()) + " " + causeText;
                return text.toLowerCase(Locale.ROOT).contains("deadlock victim") ? ErrorKind.DEADLOCK : ErrorKind.SERIALIZATION;
            }
            case "23505":
                return ErrorKind.UNIQUE_VIOLATION;
            case "23513":
            case "23514":
                return ErrorKind.CHECK_VIOLATION;
            case "23502":
                return ErrorKind.NOT_NULL_VIOLATION;
            case "23503":
            case "23506":
                return ErrorKind.FOREIGN_KEY_VIOLATION;
            case "HYT00":
                return ErrorKind.LOCK_TIMEOUT;
            case "57014":
                return ErrorKind.CANCELLED;
            case "90067":
            case "90098":
            case "08003":
                return ErrorKind.CONNECTION_LOST;
            default:
                return state.startsWith("42") ? ErrorKind.SYNTAX : ErrorKind.OTHER;
        }
    }

    /** H2 waits for row locks by its own lock timeout: JDBC's query timeout stops only statements that run. */
    @Override
    public boolean queryTimeoutCountsLockWaits() {
        return false;
    }

    /** Ends every in-memory database the engine keeps for its runs. */
    @Override
    public void close() {
        slots.close();
    }

    /** For tests: the scenario sessions, in every database of the engine, that run a statement or hold a transaction. */
    int busyScenarioSessions() throws SQLException {
        int busy = 0;
        for (H2Slot slot : slots.slots()) busy += slot.busySessions();
        return busy;
    }

    /** H2 has no session-level locks: row locks and DDL's table locks end with the transaction (h2-behaviour.md). */
    @Override
    public boolean locksEndWithTransactions() {
        return true;
    }
}
