// Every order of the shop-credits and doctors scenarios, run for real: counts, the serial oracle and the caveat.
package org.interleave.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class ExplorerTest {
    private final Explorer explorer = Explorer.defaults(TestEngines.h2());

    private static RunPlan plan(String scenario, String protection) {
        Scenario s = ScenarioLibrary.builtIn().find(scenario).orElseThrow();
        return PlanBuilder.plan(s, protection);
    }

    @Test
    void theScheduleSpaceHoldsEveryOrderThatKeepsEachLanesStepsInOrder() {
        ScheduleSpace space = new ScheduleSpace(List.of("T1", "T2"), List.of(3, 2));
        List<List<String>> all = new ArrayList<>();
        space.forEach(all::add);
        assertEquals(BigInteger.TEN, space.size());
        assertEquals(10, new HashSet<>(all).size());
        assertEquals(List.of("T1", "T1", "T1", "T2", "T2"), all.get(0));
        assertEquals(List.of("T2", "T2", "T1", "T1", "T1"), all.get(9));
        assertEquals(BigInteger.valueOf(4200), new ScheduleSpace(List.of("A", "B", "C"), List.of(4, 3, 3)).size(), "10! / (4! 3! 3!)");
    }

    @Test
    void withTheLedgerNothingWaitsSoEveryOrderRunsAndNoneLosesAnUpdate() throws Exception {
        ExplorationRow ledger = explorer.explore(plan("credits-lost-update", "ledger"));
        assertEquals(BigInteger.valueOf(20), ledger.requested());
        assertEquals(20, ledger.orders(), "C(6, 3) orders, all of them possible");
        assertNull(ledger.whyFewer());
        assertEquals(0, ledger.anomalies());
        assertEquals(0, ledger.notSerializable());
        assertEquals(20, ledger.safe());
    }

    @Test
    void unprotectedSomeOrdersLoseAnUpdateAndTheOracleFlagsExactlyThose() throws Exception {
        ExplorationRow none = explorer.explore(plan("credits-lost-update", null));
        assertTrue(none.orders() < 20, "a write waits for the other's row lock, so fewer orders can happen");
        assertNotNull(none.whyFewer());
        assertTrue(none.whyFewer().contains("waiting for a lock"), none.whyFewer());
        assertTrue(none.anomalies() > 0);
        assertEquals(none.anomalies(), none.notSerializable(), "the serial oracle flags the lost updates");
        assertEquals(0, none.disagreements(), "and only those");
        assertEquals(2, none.safe(), "the two serial orders are safe");
        assertEquals(List.of("T1", "T1", "T1", "T2", "T2", "T2"), none.examples().get("safe"));
        assertTrue(none.groups().stream().anyMatch(g -> g.notSerializable() != null && g.notSerializable().contains("accounts has")));
    }

    @Test
    void h2sSerializableAllowsWriteSkewAndTheCaveatSaysPostgresWouldAbort() throws Exception {
        ExplorationRow serializable = explorer.explore(plan("doctors-write-skew", "serializable"));
        assertEquals("SERIALIZABLE", serializable.isolation().get("T1"));
        assertTrue(serializable.notSerializable() > 0, "the oracle flags the skew H2 lets through");
        assertTrue(serializable.anomalies() > 0);
        assertTrue(serializable.caveat().contains("PostgreSQL"), serializable.caveat());
        assertTrue(serializable.caveat().contains("rolls one transaction back"), serializable.caveat());
    }
}
