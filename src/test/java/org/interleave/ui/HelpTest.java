// F1 explains what the window shows (waits, protections, the verdict) before it lists the keys, every line whole.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class HelpTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void f1ExplainsTheConceptsAndTheKeys(FxRobot robot) {
        open(robot, "Shop credits");
        robot.type(KeyCode.F1);
        waitFor("the help is open", () -> robot.lookup("#help-concepts").tryQuery().isPresent());
        List<String> words = robot.lookup("#help-dialog .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (String concept : List.of("Waits", "Protections", "The verdict", "Errors")) assertTrue(words.contains(concept), concept + " in " + words);
        assertTrue(words.contains("F11") && words.stream().anyMatch(w -> w.startsWith("Full screen for a lecture hall")), "and presenter mode: " + words);
        robot.interact(() -> robot.lookup("#help-dialog .label").queryAllAs(Label.class).forEach(Label::applyCss));
        waitFor("no line of the help is cut short (what is drawn is the whole text)", () -> robot.lookup("#help-dialog .label")
                .queryAllAs(Label.class).stream().allMatch(l -> l.lookupAll(".text").stream()
                        .allMatch(t -> ((javafx.scene.text.Text) t).getText().equals(l.getText()))));
    }
}
