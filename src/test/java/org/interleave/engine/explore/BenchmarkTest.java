// What bench measures: every serial order of the lanes for the ceiling, and each scenario's figures from real runs.
package org.interleave.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
    private final DatabaseEngine h2 = TestEngines.h2();

    @Test
    void theSerialOrdersRunEachLaneWholeInEveryOrderOfTheLanes() {
        Scenario credits = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
        RunPlan plan = PlanBuilder.unprotected(credits);
        int t1 = plan.lane("T1").orElseThrow().steps().size();
        int t2 = plan.lane("T2").orElseThrow().steps().size();
        List<String> t1First = new java.util.ArrayList<>(Collections.nCopies(t1, "T1"));
        t1First.addAll(Collections.nCopies(t2, "T2"));
        List<String> t2First = new java.util.ArrayList<>(Collections.nCopies(t2, "T2"));
        t2First.addAll(Collections.nCopies(t1, "T1"));
        assertEquals(List.of(t1First, t2First), Benchmark.serialOrders(plan));
    }

    @Test
    void aScenarioIsMeasuredOnRealRunsOnBothSidesOfTheCeiling() throws Exception {
        Scenario credits = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
        Benchmark bench = new Benchmark(h2, Explorer.defaults(h2));
        Benchmark.Result r = bench.measure(credits, 8);
        assertEquals(14, r.orders());
        assertEquals(2, r.serialOrders());
        assertTrue(r.waits() > 0, "credits-lost-update's unprotected orders wait: " + r);
        assertTrue(r.warmOrdersPerSecond() > 0 && r.coldOrdersPerSecond() > 0 && r.ceilingOrdersPerSecond() > 0, r.toString());
        assertEquals(r.serialOrdersPerSecond() / r.ceilingOrdersPerSecond(), r.ceilingRatio(), 1e-9);
        assertEquals(r.waits() * Benchmark.ROUNDS, bench.waitDetection().waits(), "every wait of the timed rounds is counted once");
    }
}
