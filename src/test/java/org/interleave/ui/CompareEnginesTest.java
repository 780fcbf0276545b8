// The Compare-engines view: the schedule as rows, the engines as columns, differing rows marked, a cell opens that engine's run.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.interleave.TestEngines;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class CompareEnginesTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void theViewMarksWhereTheEnginesDifferAndACellOpensThatRun(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#protection-repeatable-read");
        waitFor("the protection is on", () -> robot.lookup("#protection-repeatable-read").queryAs(ToggleButton.class).isSelected()
                && !disabled(robot, "#step-T1"));
        robot.clickOn("#compare-engines");
        waitFor("the comparison is shown, every engine's verdict too", () -> present(robot, "#compare-5-h2") && present(robot, "#compare-5-postgresql")
                && present(robot, "#compare-verdict-mariadb") && !text(robot, "#compare-status").startsWith("Running"));
        assertTrue(text(robot, "#compare-5-h2").equals("fails 40001 serialization failure"), text(robot, "#compare-5-h2"));
        assertTrue(text(robot, "#compare-5-postgresql").equals("fails 40001 serialization failure"));
        assertTrue(text(robot, "#compare-status").startsWith("The engines differ") || TestEngines.mariadb().isEmpty(), text(robot, "#compare-status"));
        if (TestEngines.mariadb().isPresent()) {
            assertTrue(text(robot, "#compare-5-mariadb").equals("1 row changed"), text(robot, "#compare-5-mariadb"));
            assertTrue(text(robot, "#compare-verdict-mariadb").startsWith("ANOMALY"), text(robot, "#compare-verdict-mariadb"));
        } else {
            assertTrue(text(robot, "#compare-verdict-mariadb").startsWith("not available"), text(robot, "#compare-verdict-mariadb"));
        }

        robot.clickOn("#compare-5-postgresql");
        waitFor("PostgreSQL's run is in the stepper, up to that step", () -> text(robot, "#schedule").equals("T1 T2 T2 T2 T1")
                && robot.lookup(".database-engine").queryLabeled().getText().startsWith("PostgreSQL")
                && text(robot, "#lane-state-T1").equals("aborted"));
    }
}
