// A newcomer clicks the shop-credits story to a red verdict, then flips to the ledger and sees it turn green.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class StoryVerdictTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void clickingTheStoryShowsTheLostUpdateAndTheLedgerTurnsItGreen(FxRobot robot) {
        open(robot, "Shop credits");
        assertTrue(text(robot, "#verdict-title").contains("not yet"));
        assertTrue(text(robot, "#step-T1").contains("SELECT balance FROM accounts"), "T1's next statement is shown on its button");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T2", "T1 T2 T2");
        step(robot, "T2", "T1 T2 T2 T2");
        assertEquals("committed", text(robot, "#lane-state-T2"));
        step(robot, "T1", "T1 T2 T2 T2 T1");
        step(robot, "T1", "T1 T2 T2 T2 T1 T1");
        waitForVerdict(robot, "✗ Anomaly", "Shop balance is 1100, expected 1050: lost update");
        assertEquals("T1 committed", text(robot, "#step-T1"), "an ended lane says how it ended");

        robot.clickOn("#protection-ledger");
        waitForVerdict(robot, "✓ Safe", "1050");
        assertEquals("T1 T2 T2 T2 T1 T1", text(robot, "#schedule"), "switching protection keeps the schedule so far");

        robot.clickOn("#protection-none");
        waitForVerdict(robot, "✗ Anomaly", "expected 1050");
    }

    @Test
    void switchingProtectionMidStoryKeepsThePoint(FxRobot robot) {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        robot.clickOn("#protection-for-update");
        waitFor("T2 waits for T1's lock under FOR UPDATE", () -> text(robot, "#lane-state-T2").equals("waiting"));
        assertEquals("T1 T2", text(robot, "#schedule"));
    }

    @Test
    void playingTheStoryRunsItToTheVerdict(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#play");
        waitForSchedule(robot, "T1 T2 T2 T2 T1 T1");
        waitForVerdict(robot, "✗ Anomaly", "lost update");
    }
}
