// Step back and reset replay on a fresh database; the keyboard steps lanes, walks the story and picks protections.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class SteppingTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void stepBackAndResetReplay(FxRobot robot) {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T2", "T1 T2 T2");
        robot.clickOn("#step-back");
        waitForSchedule(robot, "T1 T2");
        waitFor("T2's write is next again", () -> text(robot, "#step-T2").startsWith("UPDATE accounts"));
        robot.clickOn("#reset");
        waitForSchedule(robot, "(nothing yet)");
        waitFor("T1 starts over", () -> text(robot, "#step-T1").startsWith("SELECT balance") && text(robot, "#lane-state-T1").equals("not started"));
    }

    @Test
    void theKeyboardDoesWhatTheToolbarDoes(FxRobot robot) {
        open(robot, "Shop credits");
        robot.type(KeyCode.DIGIT1);
        waitForSchedule(robot, "T1");
        robot.type(KeyCode.DIGIT2);
        waitForSchedule(robot, "T1 T2");
        robot.type(KeyCode.RIGHT);
        waitForSchedule(robot, "T1 T2 T2");
        robot.type(KeyCode.BACK_SPACE);
        waitForSchedule(robot, "T1 T2");
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitFor("Alt+1 picks the first protection", () -> robot.lookup("#protection-ledger").queryAs(ToggleButton.class).isSelected()
                && text(robot, "#step-T2").startsWith("INSERT INTO credit_ledger"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitForSchedule(robot, "(nothing yet)");
        assertTrue(text(robot, "#step-T1").startsWith("SELECT SUM(amount)"));
    }
}
