// A step that waits for a lock shows as waiting, cannot be stepped, and completes once the other lane commits.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class WaitingStepTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void aWaitingStepShowsAndCompletesAfterTheOtherLaneCommits(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#protection-for-update");
        waitFor("the FOR UPDATE statement is next", () -> text(robot, "#step-T1").contains("FOR UPDATE") && !disabled(robot, "#step-T1"));
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        waitFor("T2 is waiting", () -> text(robot, "#lane-state-T2").equals("waiting"));
        assertTrue(disabled(robot, "#step-T2"), "a waiting lane cannot be stepped");
        assertTrue(text(robot, "#step-T2").contains("waiting for T1's lock"), text(robot, "#step-T2"));

        step(robot, "T1", "T1 T2 T1");
        assertEquals("waiting", text(robot, "#lane-state-T2"), "T1 still holds the lock before it commits");
        step(robot, "T1", "T1 T2 T1 T1");
        waitFor("T2 got the lock", () -> text(robot, "#lane-state-T2").equals("active") && !disabled(robot, "#step-T2"));
        assertEquals("committed", text(robot, "#lane-state-T1"));
        step(robot, "T2", "T1 T2 T1 T1 T2");
        step(robot, "T2", "T1 T2 T1 T1 T2 T2");
        waitForVerdict(robot, "✓ Safe", "Shop balance is 1050, as expected");
    }

    @Test
    void closingTheWindowWhileAStepWaitsEndsEveryThread(FxRobot robot) throws InterruptedException {
        open(robot, "Shop credits");
        robot.clickOn("#protection-for-update");
        waitFor("the FOR UPDATE statement is next", () -> text(robot, "#step-T1").contains("FOR UPDATE") && !disabled(robot, "#step-T1"));
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        waitFor("T2 is waiting", () -> text(robot, "#lane-state-T2").equals("waiting"));

        robot.interact(stage::hide);
        assertTrue(window.controlThread().awaitTermination(15_000), "the control thread ends after the window closed");
        waitFor("no lane or control thread is left", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && (t.getName().startsWith("interleave-lane-") || t.getName().equals("interleave-control"))));
    }
}
