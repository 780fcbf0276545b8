// Quiz mode: each step asked for waits for a prediction, the database's answer grades it, and the score and the summary
// of what went otherwise tell a class where it was wrong; the data and the verdict stay hidden until the checks are said.
package org.interleave.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.ui.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class QuizTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    /** Asks for the lane's step, predicts with the buttons given, runs it, and waits for the reveal. */
    private static void predict(FxRobot robot, String lane, String scheduleAfter, String... buttons) {
        waitFor(lane + " can step", () -> !disabled(robot, "#step-" + lane));
        robot.clickOn("#step-" + lane);
        waitFor("the quiz asks about " + lane + "'s step", () -> showing(robot, "#quiz-run"));
        for (String b : buttons) robot.clickOn(b);
        robot.clickOn("#quiz-run");
        waitForSchedule(robot, scheduleAfter);
        waitFor("the answer is revealed", () -> showing(robot, "#quiz-reveal"));
    }

    @Test
    void aRunAnsweredRightAndWrongGivesTheScoreAndTheSummary(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#diagram"); // into the diagram, as a user does before a key
        robot.type(KeyCode.Q);
        waitFor("the quiz is on", () -> showing(robot, "#quiz-card") && text(robot, "#quiz-score").equals("Quiz · Score: 0 of 0"));
        assertFalse(showing(robot, "#database-panel"), "the committed data stays hidden in a quiz");

        robot.clickOn("#step-T1");
        waitFor("the quiz asks first", () -> showing(robot, "#quiz-run"));
        assertEquals("(nothing yet)", text(robot, "#schedule"), "nothing runs before the prediction");
        assertTrue(disabled(robot, "#quiz-run"), "Run it waits for a prediction");
        robot.clickOn("#quiz-completes");
        robot.clickOn("#quiz-run");
        waitForSchedule(robot, "T1");
        waitFor("right", () -> showing(robot, "#quiz-reveal") && text(robot, "#quiz-reveal").startsWith("✓ Right: you said T1 completes at once"));

        predict(robot, "T2", "T1 T2", "#quiz-waits", "#quiz-waits-T1");
        assertEquals("✗ Not quite: you said T2 waits for T1; it completed at once.", text(robot, "#quiz-reveal"));
        predict(robot, "T2", "T1 T2 T2", "#quiz-completes");
        predict(robot, "T2", "T1 T2 T2 T2", "#quiz-completes");
        // the scenario's own question comes with T1's write; Run it waits for its answer too
        waitFor("T1 can step", () -> !disabled(robot, "#step-T1"));
        robot.clickOn("#step-T1");
        waitFor("the scenario's own question is asked", () -> showing(robot, "#quiz-q1-c1"));
        robot.clickOn("#quiz-completes");
        assertTrue(disabled(robot, "#quiz-run"), "the scenario's question is not answered yet");
        robot.clickOn("#quiz-q1-c1");
        robot.clickOn("#quiz-run");
        waitForSchedule(robot, "T1 T2 T2 T2 T1");
        predict(robot, "T1", "T1 T2 T2 T2 T1 T1", "#quiz-completes");

        waitFor("before the verdict, the checks are asked", () -> showing(robot, "#quiz-verdict"));
        assertFalse(showing(robot, "#verdict-panel"), "the verdict stays hidden until the checks are said");
        robot.clickOn("#quiz-check-1-holds");
        robot.clickOn("#quiz-verdict");
        waitFor("the score and the summary", () -> showing(robot, "#quiz-summary") && showing(robot, "#verdict-panel"));
        assertEquals("Quiz · Score: 5 of 8", text(robot, "#quiz-score"));
        List<String> misses = robot.lookup("#quiz-summary .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).toList();
        assertEquals(3, misses.size(), misses.toString());
        assertTrue(misses.get(0).startsWith("• T2 · read: you said it waits for T1; it completed at once"), misses.get(0));
        assertTrue(misses.get(1).startsWith("• T2 has bought the Longsword and committed 950. Which balance will T1 write? You said 1050:"
                + " the payment on top of 950; the answer is 1100"), misses.get(1));
        assertEquals("• Check shop balance: you said it holds; it fails", misses.get(2));
        assertTrue(showing(robot, "#database-panel"), "the committed data is shown once the quiz is done");
    }

    @Test
    void inPresenterModeAWaitPredictedForTheRightLaneScores(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#protection-for-update");
        waitFor("the protection is on", () -> !disabled(robot, "#step-T1") && text(robot, "#step-T1").contains("FOR UPDATE"));
        robot.type(KeyCode.F11);
        waitFor("presenter mode", () -> window.presenterProperty().get());
        robot.type(KeyCode.Q);
        waitFor("the quiz is on, in front of the class", () -> showing(robot, "#quiz-card"));
        predict(robot, "T1", "T1", "#quiz-completes");
        predict(robot, "T2", "T1 T2", "#quiz-waits", "#quiz-waits-T1");
        assertTrue(text(robot, "#quiz-reveal").startsWith("✓ Right: you said T2 waits for T1; it waited for T1."), text(robot, "#quiz-reveal"));
        assertEquals("Quiz · Score: 2 of 2", text(robot, "#quiz-score"));
        robot.clickOn("#step-T2");
        assertFalse(showing(robot, "#quiz-run"), "a waiting lane is not asked about");
    }
}
