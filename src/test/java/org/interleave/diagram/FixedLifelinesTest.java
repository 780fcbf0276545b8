// The lifelines stand where they stood before the first step until the verdict: room is made for every step from the start.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.RunEvent;
import org.junit.jupiter.api.Test;

class FixedLifelinesTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    @Test
    void everyStepOfTheStoryKeepsTheLifelinesAndTheWidth() {
        for (String[] run : new String[][] {{"credits-lost-update", "none"}, {"transfer-deadlock", "none"},
                {"doctors-write-skew", "for-update"}, {"flash-sale-oversold", "none"}, {"creature-double-evolution", "guarded-update"}}) {
            // the story's steps in the order they were played (a waiting lane's later steps come after its release)
            List<String> played = Runs.record(run[0], run[1]).events().stream().filter(e -> !e.afterWait()).map(RunEvent::lane).toList();
            List<String> steps = new ArrayList<>();
            DiagramLayout before = layout(Runs.snapshot(run[0], run[1], steps));
            for (String lane : played) {
                steps.add(lane);
                DiagramLayout now = layout(Runs.snapshot(run[0], run[1], steps));
                assertEquals(before.laneX(), now.laneX(), run[0] + "/" + run[1] + " after " + steps + ": the lifelines moved");
                assertEquals(before.width(), now.width(), 0.001, run[0] + "/" + run[1] + " after " + steps + ": the diagram grew wider");
            }
        }
    }

    private static DiagramLayout layout(DiagramInput in) {
        return new SequenceLayoutBuilder(MEASURER).layout(in);
    }
}
