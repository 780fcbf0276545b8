// An engine with other run limits: everything else is the engine it wraps, which stays open when this one closes.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class LimitedEngine implements DatabaseEngine {
    private final DatabaseEngine engine;
    private final RunLimits limits;

    LimitedEngine(DatabaseEngine engine, RunLimits limits) {
        this.engine = engine instanceof LimitedEngine l ? l.engine : engine;
        this.limits = limits;
    }

    @Override
    public EngineInfo info() {
        return engine.info();
    }

    @Override
    public RunDatabase create() throws SQLException {
        return engine.create();
    }

    @Override
    public ErrorKind classify(SQLException e) {
        return engine.classify(e);
    }

    @Override
    public String shortMessage(SQLException e) {
        return engine.shortMessage(e);
    }

    @Override
    public WaitPolicy waitPolicy(boolean exploring) {
        return engine.waitPolicy(exploring);
    }

    @Override
    public List<IsolationSupport> isolationLevels() {
        return engine.isolationLevels();
    }

    @Override
    public Optional<ReturningForm> returningWrites(String sql, WriteStatement write) {
        return engine.returningWrites(sql, write);
    }

    @Override
    public Optional<String> explainFailure(ErrorKind kind) {
        return engine.explainFailure(kind);
    }

    @Override
    public Optional<Boolean> transactionFailed(java.sql.Connection lane) {
        return engine.transactionFailed(lane);
    }

    @Override
    public void begun(java.sql.Connection lane, org.interleave.scenario.TransactionStart start) throws SQLException {
        engine.begun(lane, start);
    }

    @Override
    public Optional<String> explainContinue(ErrorKind kind) {
        return engine.explainContinue(kind);
    }

    @Override
    public boolean sendsBlockAtOnce() {
        return engine.sendsBlockAtOnce();
    }

    @Override
    public boolean locksEndWithTransactions() {
        return engine.locksEndWithTransactions();
    }

    @Override
    public int explorationParallelism() {
        return engine.explorationParallelism();
    }

    @Override
    public boolean queryTimeoutCountsLockWaits() {
        return engine.queryTimeoutCountsLockWaits();
    }

    @Override
    public boolean isSchemaProblem(SQLException e) {
        return engine.isSchemaProblem(e);
    }

    @Override
    public RunLimits limits() {
        return limits;
    }

    /** The wrapped engine belongs to whoever made it. */
    @Override
    public void close() {}
}
