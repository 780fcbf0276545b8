// A file that cannot be written is named with the reason, nothing is left behind, and the window goes on working.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.interleave.diagram.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

class WriteFailureTest extends ExportWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void aMissingFolderIsToldAndTheWindowStaysUsable(FxRobot robot, @TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("diagram.png");
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        exportsGoTo(missing);

        exportFromMenu(robot, "PNG image, 1×…");
        waitFor("a dialog says the export failed, with its OK button on screen", () -> robot.lookup("#export-failure-dialog").tryQuery()
                .map(pane -> NodeQueryUtils.isVisible().test(((DialogPane) pane).lookupButton(ButtonType.OK))).orElse(false));
        DialogPane dialog = robot.lookup("#export-failure-dialog").queryAs(DialogPane.class);
        String message = dialog.getContentText();
        assertTrue(message.contains(missing.toString()), "the message names the file: " + message);
        assertTrue(message.contains("does not exist"), "the message gives the reason: " + message);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));

        String status = waitForStatus(robot, "Could not write");
        assertTrue(status.contains("diagram.png") && status.contains("does not exist"), status);
        assertFalse(Files.exists(missing.getParent()), "nothing was created");

        step(robot, "T2", "T1 T2");
        Path good = dir.resolve("after.mmd");
        exportsGoTo(good);
        exportFromMenu(robot, menuItem(ExportFormat.MERMAID));
        waitForStatus(robot, "Saved after.mmd");
        assertTrue(Files.readString(good).contains("2. SELECT balance"));
    }
}
