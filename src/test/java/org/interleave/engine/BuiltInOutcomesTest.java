// Runs every built-in scenario for real under each protection, on H2, PostgreSQL and MariaDB, and compares the outcome and steps with its file.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BuiltInOutcomesTest {
    private static final List<EngineId> MEASURED = List.of(EngineId.H2, EngineId.POSTGRESQL, EngineId.MARIADB);

    @TestFactory
    List<DynamicNode> everyScenarioAndProtectionGivesTheOutcomeItStatesOnEachEngine() {
        List<DynamicNode> engines = new ArrayList<>();
        for (EngineId id : MEASURED) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Scenario scenario : ScenarioLibrary.builtIn().scenarios()) {
                tests.add(DynamicTest.dynamicTest(scenario.id() + " without protection shows the anomaly", () -> {
                    // an engine that cannot show the anomaly at all (PostgreSQL's READ UNCOMMITTED is READ COMMITTED)
                    // may state "safe", when the scenario's caveat says why
                    Outcome stated = scenario.expect().get(id);
                    assertTrue(stated == Outcome.ANOMALY || stated == Outcome.SAFE && !scenario.caveat().isBlank(),
                            "the unprotected story must state the anomaly on " + id.key() + ", or safe with a caveat that says why");
                    assertOutcome(PlanBuilder.unprotected(scenario), id);
                }));
                for (Protection p : scenario.protections()) {
                    tests.add(DynamicTest.dynamicTest(scenario.id() + " with " + p.id(), () -> assertOutcome(PlanBuilder.plan(scenario, p.id()), id)));
                }
            }
            engines.add(DynamicContainer.dynamicContainer(id.productName(), tests));
        }
        return engines;
    }

    private static void assertOutcome(RunPlan plan, EngineId id) throws Exception {
        Outcome stated = plan.expect().get(id);
        assertNotNull(stated, plan.scenario().id() + "/" + plan.protectionId() + " states no outcome for " + id.key());
        org.junit.jupiter.api.Assumptions.assumeTrue(TestEngines.engine(id).isPresent(), TestEngines::mariadbProblem);
        RunRecord record = RunRecord.execute(plan, TestEngines.engine(id).orElseThrow(), null);
        assertNotNull(record.verdict(), "the run did not finish: " + record.skipped());
        String transcript = record.events().stream().map(e -> e.lane() + " " + e.stepId() + ": " + e.resultText()).collect(Collectors.joining("\n"));
        assertEquals(stated, record.verdict().outcome(), plan.scenario().id() + "/" + plan.protectionId() + " on " + id.key() + ": "
                + record.verdict().summary() + "\n" + transcript);
        assertEquals(List.of(), record.surprises().stream().map(s -> s.lane() + "." + s.stepId() + " " + s.sentence()).toList(),
                plan.scenario().id() + "/" + plan.protectionId() + " on " + id.key() + ": every step does what the file expects of it\n" + transcript);
    }
}
