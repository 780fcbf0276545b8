// A teacher explores every order of the shop credits: which orders break without protection, none with the ledger, and one loaded to step back through.
package org.interleave.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.scenario.Isolation;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class AllOrdersTest extends ExploreWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void theMatrixShowsWhichOrdersBreakAndAnOrderLoadsIntoTheStepperAtItsEnd(FxRobot robot) {
        open(robot, "Shop credits");
        exploreAll(robot);
        assertEquals("No protection", robot.lookup("#row-none").query().getUserData());
        assertEquals("Ledger (insert-only)", robot.lookup("#row-ledger").query().getUserData());
        assertTrue(count(robot, "none", "anomaly") > 0, "orders without protection lose an update");
        assertTrue(count(robot, "none", "notSerializable") > 0, "the serial oracle agrees");
        assertEquals(0, count(robot, "ledger", "anomaly"), "no order breaks the ledger");
        assertEquals("20 of 20", text(robot, "#cell-ledger-orders"), "the ledger's steps never wait: all C(6,3) orders happen");
        assertTrue(count(robot, "none", "orders") < 20, "some orders of the unprotected steps wait for a lock");

        click(robot, "#cell-none-anomaly");
        waitFor("the anomalies are listed", () -> text(robot, "#orders-caption").startsWith("No protection · anomaly: "
                + count(robot, "none", "anomaly") + " orders"));
        waitFor("the anomaly's outcomes are shown", () -> text(robot, "#groups-caption").contains("(anomaly)")
                && robot.lookup(".group-card").queryAll().size() > 0);
        assertTrue(robot.lookup(".group-oracle").queryAllAs(javafx.scene.control.Label.class).stream()
                .allMatch(l -> l.getText().startsWith("Serial check: no one-after-the-other order gives this data")), "each lost update also fails the serial check");
        assertTrue(text(robot, "#note-why-fewer").contains("waiting for a lock"), "why fewer orders than asked for is said");

        String first = clickFirstOrder(robot);
        waitForSchedule(robot, first);
        waitForVerdict(robot, "✗ Anomaly");
        assertTrue(text(robot, "#verdict-summary").contains("lost update"));
        assertTrue(stepperShown(robot), "the stepper is shown with the order loaded");
        assertTrue(robot.lookup("#protection-none").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#step-back");
        List<String> lanes = Arrays.asList(first.split(" "));
        waitForSchedule(robot, String.join(" ", lanes.subList(0, lanes.size() - 1)));
        waitForVerdict(robot, "Verdict: not yet");
    }

    @Test
    void anOrderOfAnotherProtectionSwitchesTheWindowToIt(FxRobot robot) {
        open(robot, "Shop credits");
        robot.type(KeyCode.A);
        waitFor("every row is explored", () -> shown(robot, "#explore-run") && text(robot, "#explore-progress").startsWith("Explored"));
        assertEquals(0, count(robot, "for-update", "anomaly"));
        click(robot, "#cell-for-update-safe");
        String first = clickFirstOrder(robot);
        waitFor("the window switched to FOR UPDATE", () -> robot.lookup("#protection-for-update").queryAs(ToggleButton.class).isSelected());
        waitForSchedule(robot, first);
        waitForVerdict(robot, "✓ Safe");

        robot.clickOn("#tab-all-orders .tab-label");
        waitFor("the matrix is still there", () -> shown(robot, "#cell-none-anomaly") && !text(robot, "#explore-notice").contains("changed"));
        click(robot, "#cell-repeatable-read-serializationFailure");
        waitFor("serialization failures are listed", () -> text(robot, "#orders-caption").startsWith("REPEATABLE READ for both · serialization failure"));
        assertTrue(text(robot, "#note-caveat").startsWith("Caveat:"), "the row's caveat is shown");
    }

    @Test
    void changingTheIsolationAsksToExploreAgain(FxRobot robot) {
        open(robot, "Shop credits");
        exploreAll(robot);
        robot.interact(() -> robot.lookup("#isolation-T1").queryAs(ComboBox.class).setValue(Isolation.REPEATABLE_READ));
        waitFor("the counts are gone and exploring again is offered", () -> text(robot, "#explore-notice").contains("isolation levels changed")
                && text(robot, "#explore-notice").contains("T1 REPEATABLE READ") && !shown(robot, "#cell-none-anomaly"));
        robot.clickOn("#explore-run");
        waitFor("every row is explored again, under the levels picked", () -> shown(robot, "#explore-run")
                && text(robot, "#explore-progress").startsWith("Explored") && shown(robot, "#row-none")
                && robot.lookup(".matrix-row-note").queryAllAs(javafx.scene.control.Label.class).stream()
                        .anyMatch(l -> l.getText().equals("T1 REPEATABLE READ · T2 READ COMMITTED")));
        assertFalse(text(robot, "#explore-notice").contains("changed"));
    }

    private static boolean stepperShown(FxRobot robot) {
        TabPane tabs = robot.lookup("#center-tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem().getId().equals("tab-stepper");
    }
}
