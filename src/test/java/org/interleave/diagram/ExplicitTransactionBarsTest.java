// An autocommit lane that opens its transactions with BEGIN gets an activation bar for each, from its BEGIN to its end.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplicitTransactionBarsTest {
    @Test
    void eachTransactionAsWrittenHasItsBarAndItsEndMarker() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/scenarios-format/transactions-as-written.yaml"));
        DiagramLayout layout = new SequenceLayoutBuilder(new FixedWidthMeasurer()).layout(DiagramInput.of(Runs.fromYaml(yaml, "none")));
        double t1 = layout.laneX().get("T1");
        List<Shape.Box> bars = layout.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.ACTIVATION
                && Math.abs(b.x() + b.width() / 2 - t1) < 1).map(s -> (Shape.Box) s).toList();
        assertEquals(3, bars.size(), "BEGIN..COMMIT, START TRANSACTION..ROLLBACK, BEGIN..(left open): " + bars);
        long commits = layout.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.COMMIT
                && Math.abs(b.x() + b.width() / 2 - t1) < 1).count();
        long rollbacks = layout.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.ROLLBACK
                && Math.abs(b.x() + b.width() / 2 - t1) < 1).count();
        assertEquals(List.of(1L, 1L), List.of(commits, rollbacks), "one COMMIT marker, one ROLLBACK marker; the open one has none");
    }

    @Test
    void aTransactionStillGoingIsNotToldAsLeftOpen() throws Exception {
        org.interleave.scenario.LoadResult loaded = org.interleave.scenario.ScenarioLoader.load(
                Path.of("src/test/resources/scenarios-format/transactions-as-written.yaml"));
        org.interleave.scenario.RunPlan plan = org.interleave.scenario.PlanBuilder.plan(loaded.scenario(), null);
        try (org.interleave.engine.Run run = org.interleave.engine.Run.start(plan, org.interleave.TestEngines.h2(),
                org.interleave.engine.RunListener.NONE)) {
            run.step("T1");
            run.step("T1");
            DiagramLayout layout = new SequenceLayoutBuilder(new FixedWidthMeasurer()).layout(DiagramInput.of(run, null));
            String pending = SequenceLayoutBuilderTest.allText(layout);
            assertTrue(pending.contains("Lanes: T1 active, T2 not started"), pending);
            assertFalse(pending.contains("left its transaction open"), "T1 is still going: " + pending);
        }
    }
}
