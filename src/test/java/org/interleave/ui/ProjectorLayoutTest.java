// On a 1280x720 projector: every built-in scenario's window without clipped or overlapping text, and presenter mode
// with eight steps of a story in view at once, measured on the laid-out nodes and the diagram's own layout.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.interleave.diagram.DiagramLayout;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ProjectorLayoutTest extends WindowTestSupport {
    /** Text cut on purpose, whole in its tooltip: a lane's long label, its next statement, the story on a short window. */
    private static final Set<String> MAY_BE_CUT = Set.of("lane-title", "lane-next", "story-text");

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static void assertProjector() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertEquals(1280, screen.getWidth(), "the tests run on a 1280x720 screen (headless.geometry in the pom)");
        assertEquals(720, screen.getHeight());
    }

    private void playStory(FxRobot robot, Scenario s) {
        List<String> story = window.controller().model().plan().defaultSchedule();
        robot.interact(() -> window.controller().replaySchedule(story));
        waitForSchedule(robot, String.join(" ", story));
        waitFor("the diagram shows the whole story", () -> window.diagram().layoutProperty().get() != null
                && window.controller().model().snapshot() != null && window.controller().model().snapshot().diagram().events().size() >= story.size()
                && window.controller().model().snapshot().verdict() != null && !text(robot, "#verdict-title").startsWith("Verdict: not yet"));
        WaitForAsyncUtils.waitForFxEvents(); // the panels laid out with the verdict
    }

    @Test
    void everyScenarioFitsTheProjectorWithoutCutOrOverlappingText(FxRobot robot) {
        assertProjector();
        open(robot, "Shop credits"); // the library has loaded
        for (Scenario s : ScenarioLibrary.builtIn().scenarios()) {
            boolean[] opened = new boolean[1];
            robot.interact(() -> opened[0] = window.open(s.id()));
            assertTrue(opened[0], s.id() + " is in the library");
            waitFor(s.id() + " is open", () -> window.openScenarioId().equals(s.id()) && robot.lookup("#step-T1").tryQuery().isPresent());
            playStory(robot, s);
            List<String> problems = new ArrayList<>();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                List<Labeled> shown = new ArrayList<>();
                collectShown(stage.getScene().getRoot(), shown);
                for (Labeled l : shown) {
                    Text text = (Text) l.lookup(".text");
                    boolean cut = text != null && l.getText() != null && !l.getText().isEmpty() && !text.getText().equals(l.getText().replace("_", ""))
                            && !text.getText().equals(l.getText());
                    if (cut && l.getStyleClass().stream().noneMatch(MAY_BE_CUT::contains) && (l.getId() == null || !MAY_BE_CUT.contains(l.getId()))) {
                        problems.add("cut: `" + l.getText() + "` shows as `" + text.getText() + "`");
                    }
                }
                for (int i = 0; i < shown.size(); i++) {
                    for (int j = i + 1; j < shown.size(); j++) {
                        Labeled a = shown.get(i);
                        Labeled b = shown.get(j);
                        if (related(a, b)) continue;
                        Bounds x = a.localToScene(a.getLayoutBounds());
                        Bounds y = b.localToScene(b.getLayoutBounds());
                        boolean overlap = x.getMinX() < y.getMaxX() - 1 && y.getMinX() < x.getMaxX() - 1 && x.getMinY() < y.getMaxY() - 1
                                && y.getMinY() < x.getMaxY() - 1;
                        if (overlap) problems.add("overlap: `" + a.getText() + "` and `" + b.getText() + "`");
                    }
                }
                double diagramHeight = window.diagram().node().getViewportBounds().getHeight();
                if (diagramHeight < 240) problems.add("the diagram gets only " + Math.round(diagramHeight) + " px of height");
            });
            assertTrue(problems.isEmpty(), s.id() + " at 1280x720: " + problems);
        }
    }

    @Test
    void presenterModeShowsEightStepsOfAStoryAtOnce(FxRobot robot) {
        assertProjector();
        open(robot, "Flash-sale checkout");
        robot.type(KeyCode.F11);
        waitFor("presenter mode", () -> stage.isFullScreen() && window.presenterProperty().get());
        Scenario s = ScenarioLibrary.builtIn().find("flash-sale-oversold").orElseThrow();
        assertTrue(window.controller().model().plan().defaultSchedule().size() >= 8, "a story of eight steps");
        playStory(robot, s);
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        DiagramLayout l = window.diagram().layoutProperty().get();
        Map<Integer, Double> tops = l.eventTop();
        double span = l.newestY() - tops.get(1);
        double viewport = window.diagram().node().getViewportBounds().getHeight();
        assertTrue(span <= viewport, "steps 1 to 8 take " + Math.round(span) + " px; the diagram shows " + Math.round(viewport)
                + " (" + Math.round(window.diagram().node().getViewportBounds().getWidth()) + " wide, the layout " + Math.round(l.width())
                + " at zoom " + window.zoom().scale() + "; the diagram starts at y " + Math.round(window.diagram().node().localToScene(0, 0).getY()) + ")");
        assertTrue(window.zoom().scale() >= 0.8, "and readably: the diagram's text at " + window.zoom().scale() + " of its size");
        robot.type(KeyCode.ESCAPE);
        waitFor("Esc leaves presenter mode", () -> !window.presenterProperty().get());
    }

    /** One inside the other (a button's key hint). */
    private static boolean related(Node a, Node b) {
        for (Node p = a.getParent(); p != null; p = p.getParent()) if (p == b) return true;
        for (Node p = b.getParent(); p != null; p = p.getParent()) if (p == a) return true;
        return false;
    }
}
