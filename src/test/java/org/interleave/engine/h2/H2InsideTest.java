// What the watcher reads of H2 between steps: the lane waited for, uncommitted changes, and the sentence on what H2 hides.
package org.interleave.engine.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.WaitsFor;
import org.interleave.engine.Run;
import org.interleave.engine.RunListener;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class H2InsideTest {
    @Test
    void aLaneWaitingForAnotherIsShownWithItsHolderAndH2SaysWhatItCannotShow() throws Exception {
        var scenario = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
        try (Run run = Run.start(PlanBuilder.plan(scenario, "for-update"), TestEngines.h2(), RunListener.NONE)) {
            run.step("T1");
            Inside afterRead = run.inside();
            assertTrue(afterRead.waitsFor().isEmpty(), afterRead.lines().toString());
            assertEquals(H2Inside.CAVEAT, afterRead.caveat());
            assertEquals(StepStatus.WAITING, run.step("T2").status());
            Inside waiting = run.inside();
            assertEquals(List.of(new WaitsFor("T2", "T1")), waiting.waitsFor());
            assertEquals("waiting for a lock", waiting.lanes().get(1).state());
            assertTrue(waiting.lines().contains("T2 waits for T1 (H2 names the session, not the row)"), waiting.lines().toString());
            run.step("T1");
            Inside written = run.inside();
            assertEquals("in a transaction with uncommitted changes", written.lanes().get(0).state(), written.lines().toString());
        }
    }
}
