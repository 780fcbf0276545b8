// Step back can be redone, and the schedule so far is a history: a click on it goes back to the point after any step.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class StepHistoryTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static void redo(FxRobot robot, String scheduleAfter) {
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitForSchedule(robot, scheduleAfter);
    }

    private static void back(FxRobot robot, String scheduleAfter) {
        waitFor("step back is possible", () -> !disabled(robot, "#step-back"));
        robot.clickOn("#step-back");
        waitForSchedule(robot, scheduleAfter);
    }

    @Test
    void stepsUndoneAreRedoneAndTheHistoryJumpsToAnyPoint(FxRobot robot) {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T2", "T1 T2 T2");
        back(robot, "T1 T2");
        back(robot, "T1");
        redo(robot, "T1 T2");
        waitFor("the step redone shows its answer again", () -> text(robot, "#step-T2").startsWith("UPDATE"));

        robot.clickOn("#schedule");
        waitFor("the history is listed", () -> robot.lookup("After 1 · T1 read").tryQuery().isPresent());
        assertTrue(robot.lookup("Redo 3 · T2 write").tryQuery().isPresent(), "the step undone is offered to redo");
        robot.clickOn("After 1 · T1 read");
        waitForSchedule(robot, "T1");
        redo(robot, "T1 T2");
        redo(robot, "T1 T2 T2");

        back(robot, "T1 T2");
        step(robot, "T1", "T1 T2 T1");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor("a new step leaves nothing to redo", () -> text(robot, "#status").contains("Nothing to redo"));

        robot.clickOn("#schedule");
        waitFor("the history is listed", () -> robot.lookup("Start: nothing run").tryQuery().isPresent());
        robot.clickOn("Start: nothing run");
        waitForSchedule(robot, "(nothing yet)");
        redo(robot, "T1");
    }
}
