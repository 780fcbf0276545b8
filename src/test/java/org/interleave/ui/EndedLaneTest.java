// A lane the database rolled back (a deadlock's victim) offers nothing more, and the verdict comes once the other lane is done.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class EndedLaneTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void aDeadlockVictimOffersNoStatementAndTheVerdictNeedsNoMoreOfIt(FxRobot robot) {
        open(robot, "Two transfers, opposite ways");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T1", "T1 T2 T1");
        waitFor("T1 waits for T2's lock", () -> text(robot, "#lane-state-T1").equals("waiting"));
        step(robot, "T2", "T1 T2 T1 T2");
        waitFor("T2 is the deadlock's victim and T1 got the lock", () -> text(robot, "#lane-state-T2").equals("aborted")
                && text(robot, "#lane-state-T1").equals("active"));
        waitFor("T2 says its commit will not run", () -> text(robot, "#step-T2").equals("T2 aborted: 1 step not run"));
        String status = text(robot, "#status");
        assertTrue(status.startsWith("T2's step credit: deadlock victim (SQLSTATE 40001). Two transactions each waited for a lock")
                && status.contains("The database said: "), "the error in plain words, the database's own message underneath: " + status);
        javafx.scene.control.Label chip = robot.lookup("#lane-state-T2").queryAs(javafx.scene.control.Label.class);
        assertTrue(chip.getTooltip() != null && chip.getTooltip().getText().contains("rolled this one back"), "and as the lane's tooltip");
        assertTrue(disabled(robot, "#step-T2"), "there is nothing to press");

        robot.type(KeyCode.DIGIT2);
        step(robot, "T1", "T1 T2 T1 T2 T1");
        assertEquals("T1 T2 T1 T2 T1", text(robot, "#schedule"), "key 2 added no \"not run\" step");
        waitForVerdict(robot, "✗ Anomaly", "Alice's balance is 70, expected 90: deadlock");
    }
}
