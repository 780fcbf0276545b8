// Each lane card stands over its lane's lifeline, also zoomed in; a card whose lifeline is scrolled out of view waits
// at that edge instead of pushing the others off theirs.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.interleave.diagram.DiagramLayout;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class CardsOverLifelinesTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private double centre(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        Bounds b = n.localToScene(n.getLayoutBounds());
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    private static Bounds bounds(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScene(n.getLayoutBounds());
    }

    private void assertOver(FxRobot robot, String card, String lane, String when) {
        DiagramLayout l = window.diagram().layoutProperty().get();
        double[] lifeline = new double[1];
        robot.interact(() -> lifeline[0] = window.diagram().sceneX(l.laneX().get(lane)));
        double c = centre(robot, card);
        assertTrue(Math.abs(c - lifeline[0]) < 3, when + ": " + card + " is centred at " + Math.round(c) + ", its lifeline at " + Math.round(lifeline[0]));
    }

    @Test
    void theCardsFollowTheirLifelinesWhenZoomedIn(FxRobot robot) {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        WaitForAsyncUtils.waitForFxEvents();
        assertOver(robot, "#lane-T1", "T1", "at the automatic zoom");
        for (int i = 0; i < 4; i++) robot.interact(() -> window.zoom().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double t2 = window.diagram().sceneX(window.diagram().layoutProperty().get().laneX().get("T2"));
        Bounds view = window.diagram().node().localToScene(window.diagram().node().getLayoutBounds());
        assertTrue(t2 > view.getMaxX(), "zoomed in, T2's lifeline is out of view to the right (" + Math.round(t2) + " > " + Math.round(view.getMaxX()) + ")");
        assertOver(robot, "#lane-T1", "T1", "zoomed in");
        Bounds t2Card = bounds(robot, "#lane-T2");
        Bounds t1Card = bounds(robot, "#lane-T1");
        Bounds db = bounds(robot, ".database-card");
        assertTrue(t2Card.getMaxX() <= view.getMaxX() + 1 && t2Card.getWidth() >= 200, "T2's card waits at the right edge, in view, readable");
        assertTrue(t1Card.getMaxX() < db.getMinX() && db.getMaxX() < t2Card.getMinX(), "no card covers another: " + t1Card + " " + db + " " + t2Card);
    }
}
