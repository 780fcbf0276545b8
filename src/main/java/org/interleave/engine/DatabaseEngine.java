// The engine-specific parts of running a scenario: fresh databases, their users, wait detection, errors and levels.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.interleave.scenario.Isolation;

public interface DatabaseEngine extends AutoCloseable {
    /** The engine's id, version and display name, e.g. "H2 2.5.252 (embedded, in memory)". */
    EngineInfo info();

    /**
     * A fresh, empty database for one run, with a privileged watcher and an unprivileged scenario user. May start an
     * embedded server on first use, and so take seconds; never call it on the FX thread.
     */
    RunDatabase create() throws SQLException;

    /** Says what kind of failure an exception is, from its SQLState and the engine's codes. */
    ErrorKind classify(SQLException e);

    /** The database's message in one line, without echoes of the statement. */
    String shortMessage(SQLException e);

    /** How waits are told from answers on this engine; {@code exploring} runs many orders, unwatched. */
    WaitPolicy waitPolicy(boolean exploring);

    /**
     * True when every lock a session can take ends with its transaction, so a session with no open transaction holds
     * none (not so where a session can hold a lock across transactions: PostgreSQL's advisory locks, MariaDB's GET_LOCK
     * and LOCK TABLES).
     */
    default boolean locksEndWithTransactions() {
        return false;
    }

    /** How the engine runs each isolation level, in the order of {@link Isolation}. */
    List<IsolationSupport> isolationLevels();

    /**
     * True when preparing a statement failed because it is not valid here: bad syntax, or a table or column the
     * schema does not have. A question of a parameter's type, which a prepare without values cannot settle, is not.
     */
    default boolean isSchemaProblem(SQLException e) {
        return classify(e) == ErrorKind.SYNTAX;
    }

    /**
     * The statement changed to also return the rows it wrote, as the lane sees them after it (for a DELETE: before
     * it), with the same effect, locks and errors as written; empty when this engine cannot do that for it. The
     * window shows those rows as "balance 1000 → 1100".
     */
    default Optional<ReturningForm> returningWrites(String sql, WriteStatement write) {
        return Optional.empty();
    }

    /** How the engine chose, in a sentence for the transcript (who the deadlock victim is and why), if it says more. */
    default Optional<String> explainFailure(ErrorKind kind) {
        return Optional.empty();
    }

    /**
     * Whether the lane's open transaction has failed, so that the database refuses all but its end and answers
     * COMMIT with ROLLBACK (PostgreSQL), read from the lane's connection without a statement; empty when the engine
     * keeps no such state (H2, MariaDB: an error undoes the statement, or the whole transaction, and it goes on).
     */
    default Optional<Boolean> transactionFailed(java.sql.Connection lane) {
        return Optional.empty();
    }

    /**
     * Called when a step opened a transaction as written (BEGIN ...), after the lane's connection left autocommit
     * at the asked isolation level: an engine sets READ ONLY (and PostgreSQL DEFERRABLE) here, before the
     * transaction's first statement. The allowlist refuses options an engine does not have (H2: READ ONLY).
     */
    default void begun(java.sql.Connection lane, org.interleave.scenario.TransactionStart start) throws java.sql.SQLException {}

    /** For a lane that goes on after an error (`on_error: continue`): what is left of its transaction, in a sentence. */
    default Optional<String> explainContinue(ErrorKind kind) {
        return Optional.empty();
    }

    /**
     * How a step of several statements is sent: true when the engine takes them in one request (and runs them as the
     * database runs such a request), false when they are sent one after another, as separate statements.
     */
    default boolean sendsBlockAtOnce() {
        return false;
    }

    /** How many orders to explore at once: waits cost no CPU on a server, so a server engine can run more. */
    default int explorationParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * True when JDBC's query timeout also counts the time a statement waits for a lock (PostgreSQL): then lane
     * statements are bounded by the watcher instead, which knows a wait from a runaway query.
     */
    default boolean queryTimeoutCountsLockWaits() {
        return true;
    }

    /** The bounds runs on this engine keep to. */
    default RunLimits limits() {
        return RunLimits.DEFAULT;
    }

    /** This engine with other limits (the command line's --time-limit); closing the result leaves this one open. */
    default DatabaseEngine withLimits(RunLimits limits) {
        return new LimitedEngine(this, limits);
    }

    /** True when a lane can ask for {@code level} here: not every engine has every level (SNAPSHOT). */
    default boolean offers(Isolation level) {
        return isolationLevels().stream().anyMatch(s -> s.asked() == level);
    }

    /** The levels a lane can ask for here, weakest first. */
    default List<Isolation> offeredLevels() {
        return isolationLevels().stream().map(IsolationSupport::asked).sorted().toList();
    }

    /** {@code level} when this engine has it, else the strongest level it has below it (REPEATABLE READ for SNAPSHOT). */
    default Isolation nearestOffered(Isolation level) {
        Isolation nearest = null;
        for (Isolation offered : offeredLevels()) if (offered.compareTo(level) <= 0) nearest = offered;
        return nearest != null ? nearest : offeredLevels().get(0);
    }

    default IsolationSupport isolation(Isolation level) {
        return isolationLevels().stream().filter(s -> s.asked() == level).findFirst()
                .orElse(new IsolationSupport(level, level, null));
    }

    /** Ends what the engine started (an embedded server, pooled databases); runs left open are cut. */
    @Override
    void close();
}
