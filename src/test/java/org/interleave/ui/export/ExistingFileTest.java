// An existing file is replaced only after the user agrees; "Keep the old file" leaves it exactly as it was.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.interleave.diagram.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ExistingFileTest extends ExportWindowSupport {
    private static final String OLD = "the teacher's own notes, not to be lost\n";

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void sayingNoKeepsTheOldFile(FxRobot robot, @TempDir Path dir) throws IOException {
        Path mmd = dir.resolve("notes.mmd");
        Files.writeString(mmd, OLD);
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        exportsGoTo(mmd);

        exportFromMenu(robot, menuItem(ExportFormat.MERMAID));
        DialogPane question = waitForQuestion(robot);
        assertTrue(question.getHeaderText().contains("notes.mmd already exists"), question.getHeaderText());
        robot.clickOn("Keep the old file");

        waitForStatus(robot, "Kept the existing notes.mmd");
        assertEquals(OLD, Files.readString(mmd));
        assertEquals(1, Files.list(dir).count(), "no temporary file is left beside it");
    }

    @Test
    void sayingReplaceWritesTheDiagram(FxRobot robot, @TempDir Path dir) throws IOException {
        Path mmd = dir.resolve("notes.mmd");
        Files.writeString(mmd, OLD);
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        exportsGoTo(mmd);

        exportFromMenu(robot, menuItem(ExportFormat.MERMAID));
        waitForQuestion(robot);
        robot.clickOn("Replace");

        waitForStatus(robot, "Saved notes.mmd");
        assertTrue(Files.readString(mmd).startsWith("sequenceDiagram"));
    }

    private static DialogPane waitForQuestion(FxRobot robot) {
        waitFor("the window asks whether to replace the file", () -> robot.lookup("#export-replace-dialog").tryQuery().isPresent());
        return robot.lookup("#export-replace-dialog").queryAs(DialogPane.class);
    }
}
