// The words above the diagram never contradict it: under a protection the paragraph tells the protection, and the
// phenomenon chip turns into "no lost update" when the verdict is safe.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class NarrationTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void theStoryAndTheChipFollowTheProtectionAndTheVerdict(FxRobot robot) {
        open(robot, "Shop credits");
        assertEquals("lost update", text(robot, "#phenomenon-chip"));
        assertTrue(text(robot, "#story-text").startsWith("The shop \"Fallen Stars\" has 1000 credits."));

        robot.clickOn("#protection-for-update");
        waitFor("the paragraph tells the protection", () -> text(robot, "#story-text").startsWith("With Pessimistic lock (SELECT ... FOR UPDATE): "));
        Label paragraph = robot.lookup("#story-text").queryAs(Label.class);
        assertTrue(paragraph.getTooltip().getText().startsWith("Without protection: The shop"), "the story is one hover away");
        String schedule = "";
        for (String lane : new String[] {"T1", "T1", "T1", "T2", "T2", "T2"}) {
            schedule = (schedule + " " + lane).strip();
            step(robot, lane, schedule);
        }
        waitForVerdict(robot, "✓ Safe", "as expected: no lost update");
        assertEquals("no lost update", text(robot, "#phenomenon-chip"), "no red \"lost update\" under a green verdict");

        robot.clickOn("#protection-none");
        waitFor("without protection the story is back; this serial order is safe even so, and the chip says that",
                () -> text(robot, "#story-text").startsWith("The shop") && text(robot, "#phenomenon-chip").equals("no lost update")
                        && text(robot, "#verdict-title").startsWith("✓ Safe"));
        robot.clickOn("#reset");
        waitFor("before any verdict the chip names the phenomenon", () -> text(robot, "#phenomenon-chip").equals("lost update"));
    }
}
