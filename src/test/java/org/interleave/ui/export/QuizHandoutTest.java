// A Markdown handout exported during a quiz carries the quiz: the score, each prediction beside the database's answer.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.diagram.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class QuizHandoutTest extends ExportWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static void predict(FxRobot robot, String lane, String scheduleAfter, String... buttons) {
        waitFor(lane + " can step", () -> !disabled(robot, "#step-" + lane));
        robot.clickOn("#step-" + lane);
        waitFor("the quiz asks", () -> robot.lookup("#quiz-run").tryQuery().isPresent());
        for (String b : buttons) robot.clickOn(b);
        robot.clickOn("#quiz-run");
        waitForSchedule(robot, scheduleAfter);
        waitFor("revealed", () -> robot.lookup("#quiz-reveal").tryQuery().isPresent());
    }

    @Test
    void theHandoutHasTheScoreAndEveryPrediction(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, "Shop credits");
        robot.clickOn("#diagram");
        robot.type(KeyCode.Q);
        predict(robot, "T1", "T1", "#quiz-completes");
        predict(robot, "T2", "T1 T2", "#quiz-fails");
        Path md = dir.resolve("quiz.md");
        exportsGoTo(md);
        exportFromMenu(robot, menuItem(ExportFormat.MARKDOWN));
        waitForStatus(robot, "Saved quiz.md");
        String text = Files.readString(md);
        assertTrue(text.contains("## Quiz\n\n**Score: 1 of 2**"), text);
        assertTrue(text.contains("| T1 · read | completes at once | it completed at once | ✓ |"), text);
        assertTrue(text.contains("| T2 · read | fails | it completed at once | ✗ |"), text);
        assertTrue(text.contains("- T2 · read: you said it fails; it completed at once"), text);
    }
}
