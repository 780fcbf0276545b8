// The Mermaid file holds the SQL of the steps shown so far and none of the later ones; the handout compares protections.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.diagram.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ExportTextTest extends ExportWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void theMermaidFileHasTheStepsShownSoFarAndNoLaterOnes(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        Path mmd = dir.resolve("two-reads.mmd");
        exportsGoTo(mmd);

        exportFromMenu(robot, menuItem(ExportFormat.MERMAID));
        waitForStatus(robot, "Saved two-reads.mmd");

        String text = Files.readString(mmd);
        assertTrue(text.startsWith("sequenceDiagram"), text);
        assertTrue(text.contains("T1->>Database: 1. SELECT balance FROM accounts WHERE id = 1"), text);
        assertTrue(text.contains("T2->>Database: 2. SELECT balance FROM accounts WHERE id = 1"), text);
        assertFalse(text.contains("UPDATE accounts"), "T1's write has not run yet:\n" + text);
        assertFalse(text.contains("->>Database: 3."), "no third statement has run yet:\n" + text);
    }

    @Test
    void theNameFollowsTheProtectionAndAHandoutComparesTheOthers(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, "Shop credits");
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitFor("the ledger is switched on", () -> text(robot, "#step-T1").startsWith("SELECT SUM(amount)"));
        step(robot, "T1", "T1");
        exportsGoInto(dir);

        exportFromMenu(robot, menuItem(ExportFormat.MARKDOWN));
        waitForStatus(robot, "Saved credits-lost-update-ledger.md");

        assertEquals(List.of("credits-lost-update-ledger.md"), proposedNames);
        String md = Files.readString(dir.resolve("credits-lost-update-ledger.md"));
        assertTrue(md.contains("## With and without the protection"), md);
        assertTrue(md.contains("| No protection |"), "the unprotected run, replayed on the engine, is compared:\n" + md);
        assertTrue(md.contains("SELECT SUM(amount)"), md);
        assertTrue(md.contains("No verdict yet: the run is not finished"), "the handout is of the run as it stands:\n" + md);

        robot.interact(stage::hide);
        waitFor("no export thread is left once the window is closed", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals(ExportThread.NAME)));
    }
}
