// What a class sees when the teacher opens the next scenario: the window title names it, its course-notes source stays
// in a tooltip, and the window goes back to stepping even if All orders was shown.
package org.interleave.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class OpenFromAllOrdersTest extends ExploreWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void openingAScenarioFromAllOrdersStepsItUnderItsOwnTitle(FxRobot robot) {
        open(robot, "Shop credits");
        assertEquals("Shop credits — Interleave", stage.getTitle());
        Label title = robot.lookup("#story-title").queryAs(Label.class);
        assertTrue(title.getTooltip().getText().contains("000_b7fd4394ca8e4938.txt"), "the source is kept for the curious");
        assertFalse(robot.lookup(".story-panel").queryAll().stream().flatMap(p -> robot.from(p).lookup(".label").queryAllAs(Label.class).stream())
                .anyMatch(l -> l.getText().contains(".txt")), "no seed file name is on the title line");

        exploreAll(robot);
        assertFalse(stepperShown(robot));
        robot.interact(() -> window.search("doctors"));
        waitFor("the library lists the doctors", () -> robot.lookup("Doctors on call").tryQuery().isPresent());
        robot.clickOn("Doctors on call");
        waitFor("the doctors are open, in the stepper", () -> text(robot, "#story-title").equals("Doctors on call") && stepperShown(robot));
        assertEquals("Doctors on call — Interleave", stage.getTitle());
    }

    private static boolean stepperShown(FxRobot robot) {
        TabPane tabs = robot.lookup("#center-tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem().getId().equals("tab-stepper");
    }
}
