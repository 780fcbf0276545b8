// Ctrl+Shift+C and Ctrl+Alt+C copy the diagram as shown; Ctrl+E opens the Export menu; F1 lists those keys.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.export.DiagramExporter;
import org.interleave.diagram.render.PngRenderer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ClipboardAndKeysTest extends ExportWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void copiesTheMermaidTextOfWhatIsShown(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        open(robot, "Shop credits");
        step(robot, "T1", "T1");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForStatus(robot, "Copied the diagram as Mermaid text");

        String copied = clipboardText(robot);
        assertTrue(copied.startsWith("sequenceDiagram"), copied);
        assertTrue(copied.contains("T1->>Database: 1. SELECT balance FROM accounts WHERE id = 1"), copied);
        assertFalse(copied.contains("T2->>Database"), "T2 has not run yet:\n" + copied);
    }

    @Test
    void copiesThePictureAt2x(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        DiagramLayout layout = DiagramExporter.layout(shown(robot).diagram());

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT, KeyCode.CONTROL);
        waitForStatus(robot, "Copied the diagram as an image");

        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertEquals(PngRenderer.pixels(layout.width(), 2), (int) image[0].getWidth());
        assertEquals(PngRenderer.pixels(layout.height(), 2), (int) image[0].getHeight());
    }

    @Test
    void ctrlEOpensTheExportMenuAndHelpListsTheKeys(FxRobot robot) {
        open(robot, "Shop credits");
        MenuButton menu = robot.lookup("#export-menu").queryAs(MenuButton.class);
        assertFalse(menu.isShowing());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor("the Export menu is open", menu::isShowing);
        assertTrue(robot.lookup("The diagram as shown now: 0 steps, not finished").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitFor("the Export menu is closed", () -> !menu.isShowing());

        robot.type(KeyCode.F1);
        waitFor("the help lists the copy keys", () -> robot.lookup(".help-keys").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Ctrl+Shift+C")));
        assertTrue(robot.lookup(".help-keys").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Ctrl+E")));
        assertTrue(robot.lookup(".help-keys").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Ctrl+Alt+C")));
        robot.clickOn("Close");
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0] == null ? "" : text[0];
    }
}
