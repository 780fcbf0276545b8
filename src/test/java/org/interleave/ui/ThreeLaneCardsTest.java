// Three lanes on a 1280x720 projector: the lane cards and the Database card never touch, also when a lifeline is out of view.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ThreeLaneCardsTest extends WindowTestSupport {
    @Override
    protected List<Path> extraScenarios() {
        return copyOf(Path.of("src/test/resources/scenarios-format/three-lanes.yaml"));
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void theCardsOfThreeLanesKeepTheirGaps(FxRobot robot) {
        open(robot, "Three lanes, a wait chain and a three-way deadlock");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T2", "T1 T2 T2");
        step(robot, "T3", "T1 T2 T2 T3");
        waitFor("T3 waits for T2", () -> text(robot, "#step-T3").contains("waiting"));
        WaitForAsyncUtils.waitForFxEvents();
        Node db = robot.lookup(".database-card").query();
        List<Node> row = List.of(robot.lookup("#lane-T1").query(), robot.lookup("#lane-T2").query(), db, robot.lookup("#lane-T3").query());
        for (int i = 1; i < row.size(); i++) {
            Bounds a = row.get(i - 1).localToScene(row.get(i - 1).getLayoutBounds());
            Bounds b = row.get(i).localToScene(row.get(i).getLayoutBounds());
            assertTrue(b.getMinX() - a.getMaxX() >= 8, "card " + (i + 1) + " starts " + Math.round(b.getMinX() - a.getMaxX())
                    + " px after card " + i + " ends (" + a + ", " + b + ")");
        }
    }
}
