// The scenario editor: a mistake typed is shown at its line as the loader words it and a fix clears it; a change on
// disk never drops unsaved edits without asking; Save writes the file and the diagram reruns from its new text.
package org.interleave.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.interleave.ui.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class EditorTest extends WindowTestSupport {
    private static final String YAML = """
            id: edit-me
            title: Edit me
            setup: [CREATE TABLE t (v INT)]
            lanes:
              - id: T1
                steps:
                  - { id: read, sql: SELECT v FROM t }
                  - COMMIT
            """;
    /** A folder of its own for each test: a test's saved or changed file is not the next one's. */
    private List<Path> folder;

    @Override
    protected List<Path> extraScenarios() {
        folder = scenarioFolder("edit-me.yaml", YAML);
        return folder;
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private Path file() {
        return folder.get(0).resolve("edit-me.yaml");
    }

    private static CodeArea area(FxRobot robot) {
        return robot.lookup("#editor-area").queryAs(CodeArea.class);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private void openEditor(FxRobot robot) throws Exception {
        open(robot, "Edit me");
        robot.clickOn("#diagram");
        robot.type(KeyCode.E);
        waitFor("the editor shows the file", () -> shown(robot, "#editor-area") && area(robot).getText().equals(YAML)
                && text(robot, "#editor-status").startsWith("No problems"));
    }

    @Test
    void aMistakeTypedIsShownAtItsLineAndAFixClearsIt(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> area(robot).replaceText(area(robot).getText().replace("SELECT v FROM t", "SELEC v FROM t")));
        waitFor("the mistake is shown at its line", () -> shown(robot, "#editor-problem-1")
                && text(robot, "#editor-problem-1").startsWith("7:"));
        assertTrue(text(robot, "#editor-problem-1").contains("SQL refused"), text(robot, "#editor-problem-1"));
        assertEquals("1 problem:", text(robot, "#editor-status"));
        robot.interact(() -> area(robot).replaceText(area(robot).getText().replace("SELEC v FROM t", "SELECT v FROM t")));
        waitFor("the fix clears it", () -> text(robot, "#editor-status").startsWith("No problems") && !shown(robot, "#editor-problem-1"));
    }

    @Test
    void keysTypedInTheEditorAreText(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        robot.clickOn("#editor-area");
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        robot.write("# q1 e");
        waitFor("typed into the file", () -> area(robot).getText().endsWith("# q1 e"));
        assertEquals("(nothing yet)", text(robot, "#schedule"), "1 did not step a lane");
        assertTrue(!shown(robot, "#quiz-card"), "q did not start a quiz");
    }

    @Test
    void aChangeOnDiskIsOfferedWithoutDroppingUnsavedEdits(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> area(robot).replaceText(area(robot).getText().replace("title: Edit me", "title: Edited here")));
        String other = YAML.replace("title: Edit me", "title: Edited elsewhere");
        Files.writeString(file(), other, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file(), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        waitFor("the change on disk is offered", () -> shown(robot, "#editor-disk-banner"));
        assertTrue(area(robot).getText().contains("title: Edited here"), "the edits are still there");
        robot.clickOn("#editor-keep");
        waitFor("the banner goes, the edits stay", () -> !shown(robot, "#editor-disk-banner"));
        assertTrue(area(robot).getText().contains("title: Edited here"));

        Files.writeString(file(), other.replace("elsewhere", "elsewhere again"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file(), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        waitFor("offered again", () -> shown(robot, "#editor-disk-banner"));
        robot.clickOn("#editor-take-disk");
        waitFor("the file's text is taken when asked", () -> area(robot).getText().contains("title: Edited elsewhere again"));
    }

    @Test
    void saveWritesTheFileAndTheDiagramRerunsFromIt(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> area(robot).replaceText(area(robot).getText().replace("title: Edit me", "title: Saved from the editor")));
        waitFor("checked", () -> text(robot, "#editor-status").startsWith("No problems"));
        robot.clickOn("#editor-save");
        waitFor("the scenario opens again from its new text", () -> text(robot, "#story-title").equals("Saved from the editor"));
        assertTrue(Files.readString(file()).contains("title: Saved from the editor"), "the file is written");
    }

    @Test
    void closingWithUnsavedEditsAsksFirst(FxRobot robot) throws Exception {
        openEditor(robot);
        robot.interact(() -> area(robot).replaceText(area(robot).getText().replace("title: Edit me", "title: Not saved yet")));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitFor("the window asks", () -> robot.lookup("Save your changes to edit-me.yaml?").tryQuery().isPresent());
        robot.clickOn("#unsaved-cancel");
        waitFor("the window stays, with the edits", () -> stage.isShowing() && area(robot).getText().contains("Not saved yet"));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitFor("the window asks again", () -> robot.lookup("Save your changes to edit-me.yaml?").tryQuery().isPresent());
        robot.clickOn("#unsaved-save"); // the dialog's, not the editor's own Save behind it
        waitFor("saved, then closed", () -> !stage.isShowing());
        assertTrue(Files.readString(file()).contains("title: Not saved yet"));
    }
}
