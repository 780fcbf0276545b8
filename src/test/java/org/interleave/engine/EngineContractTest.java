// What every engine must do, run once per engine: waits named and released, deadlocks and serialization failures, clean ends.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public abstract class EngineContractTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** The engine under test; shared, never closed by the test. */
    protected abstract DatabaseEngine engine();

    /** Sessions of the engine's scenario users still connected on the server; 0 for an engine without a server. */
    protected abstract int scenarioSessionsLeft() throws Exception;

    static final String THREE_LANES = """
            id: chain
            title: A chain of waits
            setup:
              - CREATE TABLE acc (id INT PRIMARY KEY, v INT NOT NULL)
              - INSERT INTO acc VALUES (1, 0), (2, 0)
            lanes:
              - id: T1
                steps: [ "UPDATE acc SET v = v + 1 WHERE id = 1", COMMIT ]
              - id: T2
                steps: [ "UPDATE acc SET v = v + 1 WHERE id = 2", "UPDATE acc SET v = v + 1 WHERE id = 1", COMMIT ]
              - id: T3
                steps: [ "UPDATE acc SET v = v + 1 WHERE id = 2", COMMIT ]
            schedule: [T1, T2, T2, T3, T1, T2, T3]
            checks:
              - name: total
                sql: SELECT SUM(v) FROM acc
                expect: 4
            """;

    /** Whether the engine can return the rows a data change wrote (MariaDB's UPDATE cannot), so they show before → after. */
    protected boolean returnsWrittenRows() {
        return true;
    }

    /** Whether a DELETE's rows come back too (H2 returns none for it). */
    protected boolean returnsDeletedRows() {
        return true;
    }

    static final String WRITES = """
            id: writes
            title: Writes read back
            setup:
              - CREATE TABLE acc (id INT PRIMARY KEY, v INT NOT NULL)
              - INSERT INTO acc VALUES (1, 10), (2, 20)
            lanes:
              - id: T1
                steps: [ "UPDATE acc SET v = v + 1 WHERE id = 1", "UPDATE acc SET v = v * 10 WHERE id = 1",
                         "INSERT INTO acc VALUES (3, 30)", "DELETE FROM acc WHERE id = 2", COMMIT ]
              - id: T2
                mode: autocommit
                steps: [ "UPDATE acc SET v = 0 WHERE id = 3" ]
            schedule: [T1, T1, T1, T1, T1, T2]
            checks:
              - name: total
                sql: SELECT SUM(v) FROM acc
                expect: 110
            """;

    private Run start(RunPlan plan) throws RunSetupException {
        Run run = Run.start(plan, engine(), RunListener.NONE);
        toClose.add(run);
        return run;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) c.close();
    }

    private static RunPlan credits(String protection) {
        return PlanBuilder.plan(ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow(), protection);
    }

    /** Lane threads still alive; an ended executor's thread may need a moment to leave its run method. */
    private static List<String> laneThreads() throws InterruptedException {
        for (int i = 0; i < 200 && !aliveLaneThreads().isEmpty(); i++) Thread.sleep(10);
        return aliveLaneThreads();
    }

    private static List<String> aliveLaneThreads() {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().isAlive())
                .filter(e -> e.getKey().getName().startsWith(LaneWorker.THREAD_PREFIX))
                .map(e -> e.getKey().getName() + " " + java.util.Arrays.toString(e.getValue())).toList();
    }

    private static List<String> story(List<RunEvent> events) {
        return events.stream().map(e -> e.lane() + " " + e.stepId() + " " + e.status().id()
                + (e.status() == StepStatus.WAITING ? " for " + e.waitingFor() : "")
                + (e.error() != null ? " " + e.error().kind().id() : "")).toList();
    }

    @Test
    void aStepBehindARowLockWaitsForTheHolderAndCompletesWhenItCommits() throws Exception {
        Run run = start(credits("for-update"));
        assertEquals(StepStatus.COMPLETED, run.step("T1").status());
        RunEvent waiting = run.step("T2");
        assertEquals(StepStatus.WAITING, waiting.status(), story(run.events()).toString());
        assertEquals(List.of("T1"), waiting.waitingFor());
        assertFalse(run.canStep("T2"));
        run.step("T1");
        run.step("T1");
        RunEvent released = run.events().stream().filter(e -> e.lane().equals("T2") && e.afterWait()).findFirst().orElseThrow();
        assertEquals(StepStatus.COMPLETED, released.status());
        assertEquals(List.of(List.of("1100")), released.rows().rows(), "after T1 commits, T2 reads the new balance");
        List<String> story = story(run.events());
        assertTrue(story.indexOf("T1 commit completed") < story.indexOf("T2 read completed"), "cause before effect: " + story);
    }

    @Test
    void aDataChangeShowsWhatItWroteBeforeAndAfterWithoutChangingWhatTheLanesDo() throws Exception {
        Run run = start(RunTest.plan(WRITES, null));
        List<RunEvent> events = new ArrayList<>();
        for (String lane : List.of("T1", "T1", "T1", "T1", "T1", "T2")) events.add(run.step(lane));
        assertEquals(List.of(1, 1, 1, 1, 0, 1), events.stream().map(e -> e.updateCount() == null ? -1 : e.updateCount()).toList());
        assertEquals(Outcome.SAFE, run.verdict().outcome(), "the lanes' data is what the statements as written give");
        List<String> written = events.stream().map(RunEvent::writtenText).toList();
        if (!returnsWrittenRows()) {
            assertEquals(List.of("", "", "", "", "", ""), written, "an engine that cannot return the rows says only how many changed");
            return;
        }
        assertEquals(List.of(
                "id 1: v 10 → 11",            // the committed value before, read outside the lane
                "id 1: v 11 → 110",           // the lane's own earlier write, not the committed 10
                "new row id 3 (v = 30)",
                returnsDeletedRows() ? "deleted id 2 (v = 20)" : "",
                "",
                "id 3 now: v = 0"),          // autocommit: committed before it could be read, so no "before"
                written);
        assertEquals(Outcome.SAFE, run.verdict().outcome());
    }

    @Test
    void theCreditsStoryShowsTheLostUpdateInTheValuesWritten() throws Exception {
        Run run = start(credits("none"));
        List<RunEvent> events = new ArrayList<>();
        for (String lane : List.of("T1", "T2", "T2", "T2", "T1", "T1")) events.add(run.step(lane));
        assertEquals(returnsWrittenRows() ? "id 1: balance 950 → 1100" : "", events.get(4).writtenText(),
                "T1 overwrites the 950 that T2 committed");
    }

    @Test
    void anExploredOrderReadsNothingBack() throws Exception {
        try (Run run = Run.start(credits("none"), engine(), RunListener.NONE, engine().waitPolicy(true), LaneThreads.perRun())) {
            RunEvent write = null;
            for (String lane : List.of("T1", "T2", "T2", "T2", "T1", "T1")) {
                RunEvent e = run.step(lane);
                if (e.stepId().equals("write")) write = e;
            }
            assertEquals(1, write.updateCount());
            assertTrue(write.written().isEmpty(), "exploring pays nothing for what only a picture shows");
        }
    }

    static final String LEAVES_THINGS = """
            id: leftovers
            title: A run that leaves things behind
            setup:
              - CREATE TABLE kept (id INT PRIMARY KEY)
              - CREATE VIEW kept_view AS SELECT id FROM kept
              - CREATE TEMPORARY TABLE scratch (id INT)
              - INSERT INTO scratch VALUES (1)
              - INSERT INTO kept VALUES (1)
            lanes:
              - id: T1
                isolation: serializable
                steps: [ "INSERT INTO kept VALUES (2)", COMMIT ]
              - id: T2
                steps: [ "SELECT COUNT(*) AS n FROM kept", COMMIT ]
            checks:
              - name: rows
                sql: SELECT COUNT(*) FROM kept
                expect: 2
            """;

    /** An engine may keep databases and sessions between runs; no run may see what an earlier one made or left open. */
    @Test
    void aRunStartsFromNothingAnEarlierRunLeft() throws Exception {
        RunPlan plan = RunTest.plan(LEAVES_THINGS, null);
        for (int i = 0; i < 3; i++) {
            try (Run run = Run.start(plan, engine(), RunListener.NONE)) {
                assertEquals(StepStatus.COMPLETED, run.step("T1").status(), story(run.events()).toString());
                // closed with T1's transaction open: its row must not reach the next run
            }
        }
        try (Run run = Run.start(plan, engine(), RunListener.NONE)) {
            SchedulePlayer.play(run, List.of("T1", "T1", "T2", "T2"));
            RunEvent count = run.events().stream().filter(e -> e.lane().equals("T2") && e.status() == StepStatus.COMPLETED)
                    .findFirst().orElseThrow();
            assertEquals(List.of(List.of("2")), count.rows().rows(), "the table holds this run's rows only");
            assertEquals(Outcome.SAFE, run.verdict().outcome(), run.verdict().summary());
        }
        assertEquals(0, scenarioSessionsLeft());
    }

    @Test
    void aTwoRowDeadlockTellsTheSameTrueStoryEveryTime() throws Exception {
        List<String> expected = List.of("T1 a completed", "T2 b completed", "T1 b waiting for [T2]", "T2 a failed deadlock",
                "T1 b completed", "T1 s3 completed", "T2 s3 skipped");
        for (int i = 0; i < 50; i++) {
            RunRecord record = RunRecord.execute(RunTest.plan(RunTest.TWO_ROWS, null), engine(), null);
            assertEquals(expected, story(record.events()), "run " + (i + 1));
            assertEquals(LaneState.ABORTED, record.lanes().get("T2"));
            assertEquals(LaneState.COMMITTED, record.lanes().get("T1"));
        }
    }

    @Test
    void aLostUpdateUnderRepeatableReadGivesWhatTheScenarioStatesForTheEngine() throws Exception {
        RunPlan plan = credits("repeatable-read");
        RunRecord record = RunRecord.execute(plan, engine(), null);
        List<RunEvent> failed = record.events().stream().filter(e -> e.status() == StepStatus.FAILED).toList();
        if (plan.expect().get(engine().info().id()) == org.interleave.scenario.Outcome.ABORTED) {
            assertEquals(1, failed.size(), story(record.events()).toString());
            assertEquals(ErrorKind.SERIALIZATION, failed.get(0).error().kind());
            assertEquals(LaneState.ABORTED, record.lanes().get(failed.get(0).lane()));
            assertEquals("950", record.tables().get(0).contents().rows().get(0).get(2), "T2 committed its purchase; T1 lost its write");
        } else {
            assertEquals(List.of(), failed, "no engine error: the snapshot is read, the latest row written");
            assertEquals(org.interleave.scenario.Outcome.ANOMALY, record.verdict().outcome(), story(record.events()).toString());
        }
    }

    @Test
    void aChainOfThreeLanesNamesEachHolder() throws Exception {
        Run run = start(RunTest.plan(THREE_LANES, null));
        run.step("T1");
        run.step("T2");
        assertEquals(List.of("T1"), run.step("T2").waitingFor());
        assertEquals(List.of("T2"), run.step("T3").waitingFor());
        run.step("T1");
        SchedulePlayer.play(run, List.of("T2", "T3"));
        assertTrue(run.isFinished(), story(run.events()).toString());
        assertEquals("total is 4, as expected: no anomaly", run.verdict().summary());
    }

    @Test
    void closingDuringAWaitReturnsPromptlyAndLeavesNothingBehind() throws Exception {
        Run run = Run.start(credits("for-update"), engine(), RunListener.NONE);
        run.step("T1");
        assertEquals(StepStatus.WAITING, run.step("T2").status());
        assertTimeoutPreemptively(PROMPTLY, run::close);
        assertEquals(List.of(), laneThreads(), "no lane thread is left");
        assertEquals(0, scenarioSessionsLeft(), "no session of the run is left on the server");
    }

    @Test
    void resettingDuringAWaitReturnsPromptlyAndTheReplayWaitsAgain() throws Exception {
        ReplaySession session = new ReplaySession(engine(), new SessionListener() {
            @Override
            public void runStarted(Run run) {}

            @Override
            public void onEvent(Run run, RunEvent event) {}
        });
        toClose.add(session);
        session.start(credits("for-update"));
        session.step("T1");
        assertEquals(StepStatus.WAITING, session.step("T2").status());
        assertTimeoutPreemptively(PROMPTLY, session::stepBack);
        assertEquals(List.of("T1"), session.history());
        assertEquals(StepStatus.WAITING, session.step("T2").status(), "the replayed lock makes T2 wait again");
        assertTimeoutPreemptively(PROMPTLY, session::close);
        assertEquals(List.of(), laneThreads());
        assertEquals(0, scenarioSessionsLeft());
    }

    @Test
    void aRunawayStatementIsStoppedAtTheTimeLimitButALongLockWaitIsNot() throws Exception {
        DatabaseEngine limited = engine().withLimits(new RunLimits(1500));
        RunRecord runaway = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RunRecord.execute(
                RunTest.plan(RunHardeningTest.RUNAWAY, null), limited, null));
        RunEvent stopped = runaway.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow();
        assertEquals(ErrorKind.TIME_LIMIT, stopped.error().kind(), story(runaway.events()).toString());

        Run run = Run.start(credits("for-update"), limited, RunListener.NONE);
        toClose.add(run);
        run.step("T1");
        assertEquals(StepStatus.WAITING, run.step("T2").status());
        Thread.sleep(2500);
        assertTrue(run.isWaiting("T2"), "a wait for a lock is not a runaway: it waits on past the time limit");
        run.step("T1");
        run.step("T1");
        SchedulePlayer.play(run, List.of("T2", "T2"));
        assertTrue(run.isFinished());
        assertEquals("shop balance is 1050, as expected: no lost update", run.verdict().summary());
    }
}
