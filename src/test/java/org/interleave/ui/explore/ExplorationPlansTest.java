// The matrix's rows carry the window's isolation picks to every protection, and a row lists all its orders under "Orders".
package org.interleave.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class ExplorationPlansTest {
    private final Scenario credits = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();

    @Test
    void noProtectionComesFirstThenEachProtectionWithItsOwnIsolation() {
        List<RunPlan> plans = ExplorationPlans.of(credits, null, Map.of());
        assertEquals(List.of("none", "ledger", "atomic-update", "for-update", "repeatable-read"),
                plans.stream().map(RunPlan::protectionId).toList());
        MatrixRow rr = ExplorationPlans.pendingRow(plans.get(4));
        assertEquals("T1 REPEATABLE READ · T2 REPEATABLE READ", rr.isolationNote());
        assertEquals("", ExplorationPlans.pendingRow(plans.get(0)).isolationNote(), "READ COMMITTED everywhere goes unsaid");
        assertTrue(rr.pending());
    }

    @Test
    void theWindowsIsolationPicksApplyToEveryRow() {
        List<RunPlan> plans = ExplorationPlans.of(credits, null, Map.of("T1", Isolation.SERIALIZABLE));
        for (RunPlan p : plans) assertEquals(Isolation.SERIALIZABLE, p.lane("T1").orElseThrow().isolation(), p.protectionId());
        assertEquals(Isolation.REPEATABLE_READ, plans.get(4).lane("T2").orElseThrow().isolation(), "the protection keeps its other lane");
    }
}
