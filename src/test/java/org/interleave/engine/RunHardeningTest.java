// Runs that a hostile file would hang, blow up or falsify end in bounded time with a message, and judge honestly.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.engine.explore.ExplorationRow;
import org.interleave.engine.explore.Explorer;
import org.interleave.scenario.Check;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Pos;
import org.interleave.scenario.RunPlan;
import org.junit.jupiter.api.Test;

class RunHardeningTest {
    private static final Duration BOUNDED = Duration.ofSeconds(30);
    private final DatabaseEngine h2 = TestEngines.h2().withLimits(new RunLimits(2000));

    static final String RUNAWAY = """
            id: runaway
            title: Runaway
            setup:
              - CREATE TABLE t (id INT PRIMARY KEY)
            lanes:
              - id: T1
                steps:
                  - id: forever
                    sql:
                      default: WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r
                      mariadb: WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) SELECT COUNT(*) FROM r a, r b, r c
                  - COMMIT
              - id: T2
                steps: [ "INSERT INTO t VALUES (1)", COMMIT ]
            schedule: [T2, T1, T1, T2]
            """;

    @Test
    void aStepThatComputesForeverIsStoppedAtTheTimeLimitWithItsName() {
        RunRecord r = assertTimeoutPreemptively(BOUNDED, () -> RunRecord.execute(RunTest.plan(RUNAWAY, null), h2, null));
        RunEvent stopped = r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow();
        assertEquals(ErrorKind.TIME_LIMIT, stopped.error().kind(), stopped.toString());
        assertTrue(stopped.detail().contains("step `forever` ran for 2 s") && stopped.detail().contains("--time-limit"), stopped.detail());
        assertEquals(LaneState.COMMITTED, r.lanes().get("T2"), "the other lane is unaffected");
    }

    @Test
    void aSetupThatComputesForeverFailsTheRunWithItsLine() {
        String yaml = RUNAWAY.replace("  - CREATE TABLE t (id INT PRIMARY KEY)\n",
                "  - CREATE TABLE t (id INT PRIMARY KEY)\n  - CREATE TABLE big AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r\n");
        RunSetupException e = assertThrows(RunSetupException.class,
                () -> assertTimeoutPreemptively(BOUNDED, () -> RunRecord.execute(RunTest.plan(yaml, null), h2, null)));
        assertTrue(e.getMessage().startsWith("test.yaml:5:5: setup statement 2 ran longer than the time limit of a statement (2 s"), e.getMessage());
    }

    @Test
    void aStepThatExhaustsMemoryEndsItsLaneWithAMessage() throws Exception {
        String yaml = RUNAWAY.replace("default: WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r",
                "default: SELECT REPEAT('x', 1500000000)");
        RunRecord r = assertTimeoutPreemptively(BOUNDED, () -> RunRecord.execute(RunTest.plan(yaml, null), TestEngines.h2(), null));
        RunEvent failed = r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow(() -> new AssertionError(r.events()));
        assertTrue(failed.error().kind() == ErrorKind.RESOURCE_LIMIT || failed.error().kind() == ErrorKind.OTHER, failed.toString());
        assertTrue(r.verdict() != null, "the run still ends with a verdict");
    }

    @Test
    void checksRunReadOnlySoEvenABypassingCheckCannotChangeTheData() throws Exception {
        RunPlan loaded = RunTest.plan(RunTest.TWO_ROWS, null);
        Check forger = new Check("total", EngineSql.of("SELECT COUNT(*) FROM FINAL TABLE (UPDATE acc SET v = 100)", Pos.UNKNOWN), "200", "", Pos.UNKNOWN);
        RunPlan plan = new RunPlan(loaded.scenario(), null, loaded.setup(), loaded.lanes(), loaded.schedule(), List.of(forger), Map.of(), null);
        try (Run run = Run.start(plan, TestEngines.h2(), RunListener.NONE)) {
            SchedulePlayer.play(run, SchedulePlayer.completed(plan.defaultSchedule(), run));
            List<TableSnapshot> before = run.committedData();
            run.verdict();
            assertEquals(before, run.committedData(), "the verdict's queries changed nothing");
        }
    }

    @Test
    void theSerialOracleComparesEveryRowNotTheFirstFifty() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 70; i++) rows.append(i == 1 ? "" : ", ").append("(").append(i).append(", 0)");
        String yaml = """
                id: wide
                title: Lost update on row 60
                setup:
                  - CREATE TABLE acc (id INT PRIMARY KEY, "a, b" INT NOT NULL)
                  - INSERT INTO acc VALUES ROWS
                lanes:
                  - id: T1
                    steps:
                      - { id: read, sql: "SELECT \\"a, b\\" AS v FROM acc WHERE id = 60", capture: { v: v } }
                      - { id: write, sql: "UPDATE acc SET \\"a, b\\" = :v + 1 WHERE id = 60" }
                      - COMMIT
                  - id: T2
                    steps:
                      - { id: read, sql: "SELECT \\"a, b\\" AS v FROM acc WHERE id = 60", capture: { v: v } }
                      - { id: write, sql: "UPDATE acc SET \\"a, b\\" = :v + 1 WHERE id = 60" }
                      - COMMIT
                """.replace("ROWS", rows);
        ExplorationRow row = Explorer.defaults(TestEngines.h2()).explore(RunTest.plan(yaml, null));
        assertTrue(row.notSerializable() > 0, "the lost update on row 60, in a column named \"a, b\", is seen: " + row);
    }
}
