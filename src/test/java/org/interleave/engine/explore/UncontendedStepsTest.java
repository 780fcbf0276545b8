// Explored orders run a step on the caller's thread only when no other lane can hold a lock, with the same results.
package org.interleave.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.LaneThreads;
import org.interleave.engine.Run;
import org.interleave.engine.RunEvent;
import org.interleave.engine.SchedulePlayer;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class UncontendedStepsTest {
    private final DatabaseEngine h2 = TestEngines.h2();

    private static RunPlan credits() {
        return PlanBuilder.unprotected(ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow());
    }

    @Test
    void aStepRunsOnTheCallersThreadOnlyWhileNoOtherLaneIsInATransaction() throws Exception {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (LaneThreads lanes = LaneThreads.reused();
                Run run = Run.start(credits(), h2, e -> threads.add(e.lane() + " " + (Thread.currentThread().getName().startsWith("interleave-lane")
                        ? "lane thread" : "caller")), h2.waitPolicy(true), lanes)) {
            run.runUncontendedStepsInline();
            run.step("T1"); // T2 has not begun
            run.step("T2"); // T1 is in its transaction: T2's read could wait, so it runs on T2's thread
            run.step("T1");
            assertEquals(StepStatus.COMPLETED, run.step("T1").status()); // T1 commits; T2 still holds its transaction
            run.step("T2"); // T1 has ended: nothing can hold T2 up
        }
        assertEquals(List.of("T1 caller", "T2 lane thread", "T1 lane thread", "T1 lane thread", "T2 caller"), threads);
    }

    @Test
    void everySerialOrderOfEveryBuiltInScenarioEndsAsWhenEachStepRunsOnItsLanesThread() throws Exception {
        try (LaneThreads lanes = LaneThreads.reused()) {
            for (Scenario scenario : ScenarioLibrary.builtIn().scenarios()) {
                RunPlan plan = PlanBuilder.unprotected(scenario);
                List<String> serial = new ArrayList<>();
                for (var lane : plan.lanes()) for (int i = 0; i < lane.steps().size(); i++) serial.add(lane.id());
                String threaded = played(plan, serial, lanes, false);
                assertEquals(threaded, played(plan, serial, lanes, true), scenario.id());
            }
        }
    }

    /** What a user compares: each event's lane, status and answer, the committed data and the verdict. */
    private String played(RunPlan plan, List<String> order, LaneThreads lanes, boolean inline) throws Exception {
        try (Run run = Run.start(plan, h2, e -> {}, h2.waitPolicy(true), lanes)) {
            if (inline) run.runUncontendedStepsInline();
            SchedulePlayer.play(run, order);
            StringBuilder s = new StringBuilder();
            for (RunEvent e : run.events()) s.append(e.lane()).append(' ').append(e.status()).append(' ').append(e.rows()).append(' ')
                    .append(e.updateCount()).append(' ').append(e.error() == null ? "" : e.error().sqlState()).append('\n');
            s.append(run.committedData()).append('\n').append(run.isFinished() ? run.verdict().summary() : "unfinished");
            return s.toString();
        }
    }

    @Test
    void anOrderWhoseLanesChangeATableReadsTheTablesItEndsWith() throws Exception {
        LoadResult loaded = ScenarioLoader.parse("ddl.yaml", """
                id: ddl-lanes
                title: Lanes that make and drop a table
                setup:
                  - CREATE TABLE base (id INT PRIMARY KEY)
                lanes:
                  - id: T1
                    steps:
                      - sql: CREATE TABLE extra (id INT PRIMARY KEY)
                      - sql: COMMIT
                  - id: T2
                    steps:
                      - sql: DROP TABLE extra
                      - sql: COMMIT
                """);
        assertEquals(List.of(), loaded.problems());
        RunPlan plan = PlanBuilder.unprotected(loaded.scenario());
        try (LaneThreads lanes = LaneThreads.reused()) {
            OrderRunner runner = new OrderRunner(h2, h2.waitPolicy(true), lanes);
            OrderResult kept = runner.run(plan, List.of("T2", "T2", "T1", "T1"));
            OrderResult dropped = runner.run(plan, List.of("T1", "T1", "T2", "T2"));
            assertEquals(List.of("base", "extra"), tables(kept), "T2's DROP came first and failed: the table is there");
            assertEquals(List.of("base"), tables(dropped), "T2 dropped the table T1 made, and the rest is still read");
        }
    }

    private static List<String> tables(OrderResult r) {
        return r.finalData().stream().map(t -> t.table()).toList();
    }
}
