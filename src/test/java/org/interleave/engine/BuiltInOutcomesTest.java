// Runs every built-in scenario for real under each protection and compares the outcome with the one its file states.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.interleave.TestEngines;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BuiltInOutcomesTest {
    private final org.interleave.engine.DatabaseEngine h2 = TestEngines.h2();

    @TestFactory
    List<DynamicTest> everyScenarioAndProtectionGivesTheOutcomeItStates() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : ScenarioLibrary.builtIn().scenarios()) {
            tests.add(DynamicTest.dynamicTest(scenario.id() + " without protection shows the anomaly", () -> {
                assertEquals(Outcome.ANOMALY, scenario.expect().get(org.interleave.scenario.EngineId.H2), "the unprotected story must state the anomaly on h2");
                assertOutcome(PlanBuilder.unprotected(scenario));
            }));
            for (Protection p : scenario.protections()) {
                tests.add(DynamicTest.dynamicTest(scenario.id() + " with " + p.id(), () -> assertOutcome(PlanBuilder.plan(scenario, p.id()))));
            }
        }
        return tests;
    }

    private void assertOutcome(RunPlan plan) throws Exception {
        Outcome stated = plan.expect().get(org.interleave.scenario.EngineId.H2);
        assertNotNull(stated, plan.scenario().id() + "/" + plan.protectionId() + " states no outcome for h2");
        RunRecord record = RunRecord.execute(plan, h2, null);
        assertNotNull(record.verdict(), "the run did not finish: " + record.skipped());
        String transcript = record.events().stream().map(e -> e.lane() + " " + e.stepId() + ": " + e.resultText()).collect(Collectors.joining("\n"));
        assertEquals(stated, record.verdict().outcome(), plan.scenario().id() + "/" + plan.protectionId() + ": "
                + record.verdict().summary() + "\n" + transcript);
    }
}
