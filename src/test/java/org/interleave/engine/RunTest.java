// Runs small scenarios for real on H2: waits and releases, deadlocks, crashes, the non-admin user, and clean ends.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Lane;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Pos;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunTest {
    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);
    private final org.interleave.engine.DatabaseEngine h2 = TestEngines.h2();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    static RunPlan plan(String yaml, String protection) {
        LoadResult result = ScenarioLoader.parse("test.yaml", yaml);
        assertEquals(List.of(), result.problems());
        return PlanBuilder.plan(result.scenario(), protection);
    }

    static final String TWO_ROWS = """
            id: two-rows
            title: Two rows
            phenomenon: deadlock
            setup:
              - CREATE TABLE acc (id INT PRIMARY KEY, v INT NOT NULL)
              - INSERT INTO acc VALUES (1, 100), (2, 100)
            lanes:
              - id: T1
                steps:
                  - { id: a, sql: UPDATE acc SET v = v - 10 WHERE id = 1 }
                  - { id: b, sql: UPDATE acc SET v = v + 10 WHERE id = 2 }
                  - COMMIT
              - id: T2
                steps:
                  - { id: b, sql: UPDATE acc SET v = v - 20 WHERE id = 2 }
                  - { id: a, sql: UPDATE acc SET v = v + 20 WHERE id = 1 }
                  - COMMIT
            schedule: [T1, T2, T1, T2, T1, T2]
            checks:
              - name: total
                sql: SELECT SUM(v) FROM acc
                expect: 200
            """;

    static final String DUPLICATE_KEY = """
            id: dup
            title: Duplicate key
            setup:
              - CREATE TABLE users (email VARCHAR(40) PRIMARY KEY)
            lanes:
              - id: T1
                steps: [ "INSERT INTO users VALUES ('a@b.c')", COMMIT ]
              - id: T2
                steps: [ "INSERT INTO users VALUES ('a@b.c')", COMMIT ]
            schedule: [T1, T2, T1, T2]
            """;

    private Run start(RunPlan plan) throws RunSetupException {
        Run run = Run.start(plan, h2, RunListener.NONE);
        toClose.add(run);
        return run;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) c.close();
    }

    private static List<String> laneThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(LaneWorker.THREAD_PREFIX)).toList();
    }

    private static RunPlan credits(String protection) {
        return PlanBuilder.plan(org.interleave.scenario.ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow(), protection);
    }

    @Test
    void aStepBehindALockWaitsAndCompletesWhenTheHolderCommits() throws Exception {
        Run run = start(credits("for-update"));
        assertEquals(StepStatus.COMPLETED, run.step("T1").status());
        RunEvent waiting = run.step("T2");
        assertEquals(StepStatus.WAITING, waiting.status());
        assertEquals(List.of("T1"), waiting.waitingFor());
        assertFalse(run.canStep("T2"), "a waiting lane cannot take its next step");
        assertTrue(run.canStep("T1"), "the other lane can");
        assertEquals(LaneState.WAITING, run.laneState("T2"));
        run.step("T1");
        run.step("T1");
        RunEvent released = run.events().stream().filter(e -> e.lane().equals("T2") && e.afterWait()).findFirst().orElseThrow();
        assertEquals(StepStatus.COMPLETED, released.status());
        assertEquals(List.of(List.of("1100")), released.rows().rows(), "after T1 commits, T2 reads the new balance");
        assertTrue(run.canStep("T2"));
    }

    @Test
    void theCommitThatReleasesAWaitIsToldBeforeTheReleasedStep() throws Exception {
        for (int i = 0; i < 40; i++) {
            RunRecord record = RunRecord.execute(credits("for-update"), h2, null);
            List<String> order = record.events().stream().map(e -> e.lane() + " " + e.stepId() + " " + e.status().id()).toList();
            int commit = order.indexOf("T1 commit completed");
            int released = order.indexOf("T2 read completed");
            assertTrue(commit >= 0 && commit < released, "cause before effect: " + order);
        }
    }

    @Test
    void resettingWhileAStepWaitsReturnsAndLeavesNoLaneThread() throws Exception {
        List<Run> started = new ArrayList<>();
        ReplaySession session = new ReplaySession(h2, new SessionListener() {
            @Override
            public void runStarted(Run run) {
                started.add(run);
            }

            @Override
            public void onEvent(Run run, RunEvent event) {}
        });
        toClose.add(session);
        session.start(credits("for-update"));
        session.step("T1");
        assertEquals(StepStatus.WAITING, session.step("T2").status());
        assertFalse(laneThreads().isEmpty());
        assertTimeoutPreemptively(NEVER_HANGS, session::reset);
        assertEquals(List.of(), laneThreads(), "no worker thread of the old run is left");
        assertEquals(List.of(), session.history());
        session.step("T1");
        assertEquals(StepStatus.WAITING, session.step("T2").status());
        assertTimeoutPreemptively(NEVER_HANGS, session::close);
        assertEquals(List.of(), laneThreads());
    }

    @Test
    void stepBackReplaysTheScheduleSoFarOnAFreshDatabase() throws Exception {
        ReplaySession session = new ReplaySession(h2, new SessionListener() {
            @Override
            public void runStarted(Run run) {}

            @Override
            public void onEvent(Run run, RunEvent event) {}
        });
        toClose.add(session);
        session.start(credits("for-update"));
        session.step("T1");
        session.step("T2");
        session.step("T1");
        Run back = session.stepBack();
        assertEquals(List.of("T1", "T2"), back.issuedOrder());
        assertTrue(back.isWaiting("T2"), "the replay reproduces the wait");
        Run switched = session.switchPlan(credits(null));
        assertEquals(List.of("T1", "T2"), switched.issuedOrder());
        assertFalse(switched.isWaiting("T2"), "without the lock nothing waits");
    }

    @Test
    void aDeadlockAbortsOneLaneAndTheOtherFinishes() throws Exception {
        RunRecord record = RunRecord.execute(plan(TWO_ROWS, null), h2, null);
        List<RunEvent> failed = record.events().stream().filter(e -> e.status() == StepStatus.FAILED).toList();
        assertEquals(1, failed.size(), record.events().toString());
        assertEquals(ErrorKind.DEADLOCK, failed.get(0).error().kind());
        assertEquals("40001", failed.get(0).error().sqlState());
        String victim = failed.get(0).lane();
        assertEquals(LaneState.ABORTED, record.lanes().get(victim));
        assertTrue(record.lanes().containsValue(LaneState.COMMITTED));
        assertEquals(Outcome.ABORTED, record.verdict().outcome());
        assertTrue(record.events().stream().anyMatch(e -> e.lane().equals(victim) && e.status() == StepStatus.SKIPPED),
                "the victim's remaining steps are not run");
    }

    @Test
    void aDuplicateKeyWaitWithoutReportedBlockerIsStillSeenAsWaiting() throws Exception {
        Run run = start(plan(DUPLICATE_KEY, null));
        run.step("T1");
        RunEvent second = run.step("T2");
        assertEquals(StepStatus.WAITING, second.status());
        run.step("T1");
        RunEvent failed = run.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow();
        assertEquals(ErrorKind.UNIQUE_VIOLATION, failed.error().kind());
        assertTrue(failed.afterWait());
    }

    @Test
    void closingDuringADuplicateKeyWaitNeverHangs() throws Exception {
        Run run = Run.start(plan(DUPLICATE_KEY, null), h2, RunListener.NONE);
        run.step("T1");
        assertEquals(StepStatus.WAITING, run.step("T2").status());
        assertTimeoutPreemptively(NEVER_HANGS, run::close);
        assertEquals(List.of(), laneThreads());
    }

    @Test
    void laneSqlRunsAsANonAdminUserEvenIfTheAllowlistWereBypassed() throws Exception {
        RunPlan base = plan(DUPLICATE_KEY, null);
        Step hostile = new Step("alias", EngineSql.of("CREATE ALIAS GETPROP FOR 'java.lang.System.getProperty'", Pos.UNKNOWN),
                org.interleave.scenario.StepKind.DDL, null, Map.of(), null, false, Pos.UNKNOWN);
        Lane t1 = base.lanes().get(0).withSteps(List.of(hostile));
        RunPlan bypass = new RunPlan(base.scenario(), null, base.setup(), List.of(t1), List.of(), List.of(), Map.of(), null);
        Run run = start(bypass);
        RunEvent e = run.step("T1");
        assertEquals(StepStatus.FAILED, e.status());
        assertEquals("90040", e.error().sqlState(), e.error().shortMessage());
        assertTrue(e.error().shortMessage().contains("Admin rights are required"), e.error().shortMessage());
    }

    @Test
    void aCrashInAutocommitLosesTheMoneyAndOneTransactionRollsItBack() throws Exception {
        String yaml = """
                id: crash
                title: Crash
                phenomenon: atomicity
                setup:
                  - CREATE TABLE wallet (id INT PRIMARY KEY, credits INT)
                  - INSERT INTO wallet VALUES (1, 500)
                lanes:
                  - id: T1
                    mode: autocommit
                    steps:
                      - { id: charge, sql: UPDATE wallet SET credits = credits - 100 WHERE id = 1, crash: true }
                      - { id: grant, sql: UPDATE wallet SET credits = credits WHERE id = 1 }
                checks:
                  - { name: credits, sql: SELECT credits FROM wallet, expect: 500 }
                protections:
                  - id: one-transaction
                    title: One transaction
                    mode: { T1: transaction }
                    steps:
                      T1:
                        - add: COMMIT
                """;
        RunRecord unprotected = RunRecord.execute(plan(yaml, null), h2, null);
        assertEquals(LaneState.CRASHED, unprotected.lanes().get("T1"));
        assertEquals("400", unprotected.verdict().checks().get(0).actual());
        assertEquals(StepStatus.SKIPPED, unprotected.events().get(1).status());
        RunRecord protectedRun = RunRecord.execute(plan(yaml, "one-transaction"), h2, null);
        assertEquals("500", protectedRun.verdict().checks().get(0).actual());
        assertNotNull(protectedRun.verdict());
    }
}
