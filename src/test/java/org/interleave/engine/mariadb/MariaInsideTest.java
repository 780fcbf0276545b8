// What the watcher reads of MariaDB between steps: a lane's InnoDB transaction, its row locks (named while someone waits), the waits.
package org.interleave.engine.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.Lock;
import org.interleave.engine.Inside.WaitsFor;
import org.interleave.engine.Run;
import org.interleave.engine.RunListener;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MariaInsideTest {
    private static List<String> words(Inside inside) {
        return inside.locks().stream().map(Lock::words).toList();
    }

    @Test
    void aForUpdateReadHoldsItsRowTheOtherLaneWaitsAndTheCommitFreesIt() throws Exception {
        Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
        DatabaseEngine maria = TestEngines.mariadb().get();
        var plan = PlanBuilder.plan(ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow(), "for-update");
        try (Run run = Run.start(plan, maria, RunListener.NONE)) {
            assertEquals(StepStatus.COMPLETED, run.step("T1").status());
            Inside read = run.inside();
            assertTrue(words(read).contains("T1 holds row locks on 1 row (MariaDB names the rows only while someone waits for them)"),
                    read.lines().toString());
            assertEquals("in a transaction", read.lanes().get(0).state());
            assertFalse(read.lanes().get(0).transactionId().isEmpty());
            assertEquals("no transaction", read.lanes().get(1).state());

            assertEquals(StepStatus.WAITING, run.step("T2").status());
            Inside waiting = run.inside();
            assertEquals(List.of(new WaitsFor("T2", "T1")), waiting.waitsFor());
            assertEquals("waiting for a lock", waiting.lanes().get(1).state());
            assertTrue(words(waiting).contains("T1 holds an exclusive (X) lock on accounts row with primary key 1"), waiting.lines().toString());
            assertTrue(words(waiting).contains("T2 waits for an exclusive (X) lock on accounts row with primary key 1"), waiting.lines().toString());

            run.step("T1");
            run.step("T1");
            Inside after = run.inside();
            for (int i = 0; i < 50 && !after.waitsFor().isEmpty(); i++) {
                Thread.sleep(20);
                after = run.inside();
            }
            assertEquals("no transaction", after.lanes().get(0).state(), after.lines().toString());
            assertFalse(after.locks().stream().anyMatch(l -> l.lane().equals("T1")), "T1's locks end with its commit: " + after.lines());
            assertTrue(after.waitsFor().isEmpty());
        }
    }
}
