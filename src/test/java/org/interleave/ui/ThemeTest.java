// Ctrl+T switches the window (and the help it opens) to the dark, then the high-contrast theme, and back to light.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ThemeTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void ctrlTCyclesTheThemes(FxRobot robot) {
        open(robot, "Shop credits");
        assertTrue(brightness(robot) > 0.9, "light: a light window");
        press(robot);
        waitFor("dark: a dark window with light text", () -> window.theme() == Theme.DARK && brightness(robot) < 0.15
                && ((Color) robot.lookup("#story-title").queryAs(Label.class).getTextFill()).getBrightness() > 0.8);
        press(robot);
        waitFor("high contrast: white, with black text", () -> window.theme() == Theme.HIGH_CONTRAST && brightness(robot) > 0.99
                && ((Color) robot.lookup("#story-title").queryAs(Label.class).getTextFill()).getBrightness() < 0.05);
        press(robot);
        waitFor("back to light", () -> window.theme() == Theme.LIGHT);
        assertEquals(1, stage.getScene().getStylesheets().size(), "the theme's style sheet is gone again");
    }

    private static void press(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
    }

    private double brightness(FxRobot robot) {
        Region root = robot.lookup(".interleave").queryAs(Region.class);
        return ((Color) root.getBackground().getFills().get(0).getFill()).getBrightness();
    }
}
