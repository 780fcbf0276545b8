// Switching the database to PostgreSQL replays the schedule so far there, names the engine, and shows PostgreSQL's answers.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class EnginePickerTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static String engineShown(FxRobot robot) {
        return robot.lookup("#database-name").queryLabeled().getText() + " (" + robot.lookup("#database-kind").queryLabeled().getText() + ")";
    }

    @Test
    void switchingToPostgresqlReplaysTheScheduleThereAndBack(FxRobot robot) {
        waitFor("the library is loaded", () -> robot.lookup("Shop credits").tryQuery().isPresent());
        robot.interact(() -> window.open("doctors-write-skew"));
        waitFor("Doctors on call is ready to step", () -> robot.lookup("#step-T1").tryQuery().isPresent() && !disabled(robot, "#step-T1")
                && text(robot, "#step-T1").startsWith("SELECT COUNT(*)"));
        robot.clickOn("#protection-serializable");
        waitFor("the protection is on", () -> robot.lookup("#protection-serializable").queryAs(ToggleButton.class).isSelected()
                && !disabled(robot, "#step-T1"));
        assertTrue(engineShown(robot).startsWith("H2 "), engineShown(robot));
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");

        robot.type(javafx.scene.input.KeyCode.D);
        waitFor("the run is on PostgreSQL, with the schedule so far replayed",
                () -> engineShown(robot).equals("PostgreSQL 17.6 (embedded)") && text(robot, "#schedule").equals("T1 T2")
                        && !disabled(robot, "#step-T1"));
        step(robot, "T1", "T1 T2 T1");
        step(robot, "T2", "T1 T2 T1 T2");
        step(robot, "T1", "T1 T2 T1 T2 T1");
        step(robot, "T2", "T1 T2 T1 T2 T1 T2");
        waitForVerdict(robot, "✓ Safe, at a price", "T2 was rolled back (serialization failure)");

        robot.clickOn("#engine-h2");
        waitFor("back on H2, the whole schedule replayed", () -> engineShown(robot).startsWith("H2 ")
                && text(robot, "#schedule").equals("T1 T2 T1 T2 T1 T2"));
        waitForVerdict(robot, "✗ Anomaly", "on call for shift 1 is none");
        assertEquals(true, robot.lookup("#engine-h2").queryAs(ToggleButton.class).isSelected());
    }
}
