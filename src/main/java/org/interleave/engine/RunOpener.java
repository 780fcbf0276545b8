// Opens a run: a fresh database from the engine, the setup run as the scenario user, one connection and thread per lane.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;

final class RunOpener {
    private RunOpener() {}

    /** @param readsWrites read back what each data change wrote (before → after), for a run people look at */
    static Run open(RunPlan plan, DatabaseEngine engine, RunListener listener, WaitPolicy policy, LaneThreads threads, boolean readsWrites)
            throws RunSetupException {
        for (Lane lane : plan.lanes()) {
            if (!engine.offers(lane.isolation())) {
                throw new RunSetupException(lane.id() + " asks for isolation level " + lane.isolation().sqlName() + ", which "
                        + engine.info().displayName() + " does not have; it has " + engine.offeredLevels().stream()
                        .map(Isolation::sqlName).collect(java.util.stream.Collectors.joining(", ")), null);
            }
        }
        RunDatabase database;
        try {
            database = engine.create();
        } catch (SQLException e) {
            throw new RunSetupException("cannot create a database on " + engine.info().displayName() + ": " + e.getMessage(), e);
        }
        Run run = null;
        try {
            Connection observer = database.connectAsScenarioUser();
            run = new Run(plan, engine, database, observer, listener, policy, readsWrites);
            runSetup(plan, engine, observer);
            for (Lane lane : plan.lanes()) {
                Connection c = database.connectAsScenarioUser();
                database.isolate(c, lane.isolation());
                int timeout = engine.queryTimeoutCountsLockWaits() ? 0 : engine.limits().statementSeconds();
                run.addLane(new LaneWorker(lane, c, database.sessionId(c), threads, timeout, engine::transactionFailed,
                        ExplicitTransactions.of(engine, database), engine.sendsBlockAtOnce()));
            }
            return run;
        } catch (SQLException e) {
            if (run != null) run.close();
            else database.close();
            throw new RunSetupException("cannot open the lanes: " + e.getMessage(), e);
        } catch (RunSetupException | RuntimeException e) {
            if (run != null) run.close();
            else database.close();
            throw e;
        }
    }

    private static void runSetup(RunPlan plan, DatabaseEngine engine, Connection observer) throws RunSetupException {
        int n = 0;
        for (EngineSql sql : plan.setup()) {
            n++;
            String text = sql.forEngine(engine.info().id()).orElseThrow(() -> new RunSetupException(
                    "setup statement at line " + sql.pos().line() + " has no SQL for " + engine.info().id().key(), null));
            long start = System.nanoTime();
            try (Statement s = observer.createStatement()) {
                s.setQueryTimeout(engine.limits().statementSeconds());
                s.execute(text);
            } catch (SQLException e) {
                boolean overLimit = (System.nanoTime() - start) / 1_000_000 >= engine.limits().statementMillis() - 50;
                String why = overLimit ? "ran longer than the time limit of a statement (" + engine.limits().words()
                        + "; --time-limit changes it) and was stopped" : "failed on " + engine.info().displayName() + ": " + engine.shortMessage(e);
                throw new RunSetupException(plan.scenario().file() + ":" + sql.pos().line() + ":" + sql.pos().column()
                        + ": setup statement " + n + " " + why, e);
            } catch (OutOfMemoryError e) {
                throw new RunSetupException(plan.scenario().file() + ":" + sql.pos().line() + ":" + sql.pos().column()
                        + ": setup statement " + n + " needed more memory than Interleave has; make the data smaller", null);
            }
        }
    }
}
