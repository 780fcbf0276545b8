// F11 turns the window into presenter mode (full screen, library and menus out of the way, big step buttons) and Esc
// brings it back as it was; the menu bar's items run the same actions as their keys, once.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class PresenterModeTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void f11PresentsAndEscBringsTheWindowBack(FxRobot robot) {
        open(robot, "Shop credits");
        robot.interact(() -> window.search("")); // the library shown, as a teacher preparing has it
        waitFor("the library is shown", () -> robot.lookup("#library").tryQuery().map(n -> n.getScene() != null).orElse(false));
        double normalButtonFont = robot.lookup("#step-T1").queryAs(Button.class).getFont().getSize();

        robot.type(KeyCode.F11);
        waitFor("the window is full screen, in presenter mode", () -> stage.isFullScreen() && window.presenterProperty().get());
        assertTrue(robot.lookup("#library").tryQuery().isEmpty(), "the library is out of the way");
        assertFalse(robot.lookup("#menu-bar").query().isVisible(), "the menus are out of the way");
        assertFalse(robot.lookup("#story-panel").query().isVisible(), "the story is left to the teacher");
        assertTrue(robot.lookup("#compact-title").query().isVisible(), "the title is on the protections' line");
        waitFor("the step buttons are bigger", () -> robot.lookup("#step-T1").queryAs(Button.class).getFont().getSize() > normalButtonFont);
        step(robot, "T1", "T1"); // stepping works as before

        robot.type(KeyCode.ESCAPE);
        waitFor("Esc leaves presenter mode", () -> !stage.isFullScreen() && !window.presenterProperty().get());
        waitFor("the library is back", () -> robot.lookup("#library").tryQuery().isPresent());
        assertTrue(robot.lookup("#menu-bar").query().isVisible());
        assertTrue(robot.lookup("#story-panel").query().isVisible());
        assertFalse(robot.lookup("#compact-title").query().isVisible());
        assertEquals(normalButtonFont, robot.lookup("#step-T1").queryAs(Button.class).getFont().getSize());
    }

    @Test
    void thePresentButtonEntersAndF11Leaves(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#present");
        waitFor("the Present button starts presenter mode", () -> stage.isFullScreen() && window.presenterProperty().get());
        robot.type(KeyCode.F11);
        waitFor("F11 leaves it", () -> !stage.isFullScreen() && !window.presenterProperty().get());
    }

    @Test
    void aMenuItemRunsItsActionAndItsKeyRunsItOnce(FxRobot robot) {
        open(robot, "Shop credits");
        boolean shown = robot.lookup("#library").tryQuery().isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor("Ctrl+L toggled the library once", () -> robot.lookup("#library").tryQuery().isPresent() != shown);
        robot.clickOn("#menu-view").clickOn("#menu-item-library");
        waitFor("View → Show or hide the library toggled it back", () -> robot.lookup("#library").tryQuery().isPresent() == shown);
        robot.clickOn("#menu-scenario").clickOn("#menu-item-next");
        waitForSchedule(robot, "T1");
    }
}
