// While the class watches a story, the window's diagram holds still: its lifelines stay where they were and its
// zoom changes only when the user zooms.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class SteadyDiagramTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void theLifelinesAndTheZoomStayPutForTheWholeStory(FxRobot robot) {
        open(robot, "Shop credits");
        List<String> story = window.controller().model().plan().defaultSchedule();
        String schedule = "";
        Map<String, Double> lifelines = null;
        double zoom = 0;
        for (String lane : story) {
            schedule = schedule.isEmpty() ? lane : schedule + " " + lane;
            step(robot, lane, schedule);
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, Double> now = window.diagram().layoutProperty().get().laneX();
            if (lifelines == null) {
                lifelines = now;
                zoom = window.zoom().scale();
                continue;
            }
            assertEquals(lifelines, now, "after " + schedule + ": the lifelines moved");
            assertEquals(zoom, window.zoom().scale(), 1e-9, "after " + schedule + ": the zoom changed by itself");
        }
        robot.interact(() -> window.zoom().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, window.zoom().scale() > zoom, "the user's zoom is taken");
    }
}
