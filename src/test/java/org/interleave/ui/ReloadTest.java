// F5 reads the scenario files again after the author edited one: the open scenario comes back with its new text, and a
// file broken by the edit is shown with its problems while the last good run stays on screen.
package org.interleave.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ReloadTest extends WindowTestSupport {
    @TempDir
    static Path dir;
    private static Path file;

    @Start
    void start(Stage primary) throws Exception {
        file = Files.writeString(dir.resolve("lecture.yaml"), Files.readString(Path.of("scenarios", "doctors-write-skew.yaml"))
                .replaceFirst("(?m)^title: .*$", "title: Doctors, first draft"));
        stage = primary;
        window = InterleaveApp.show(primary, TestEngines.shared(), List.of(file), WindowMemory.none());
    }

    @Test
    void f5ReadsTheEditedFileAgain(FxRobot robot) throws Exception {
        waitFor("the first draft is open", () -> robot.lookup("#story-title").tryQuery().isPresent()
                && text(robot, "#story-title").equals("Doctors, first draft") && steppable(robot));
        Files.writeString(file, Files.readString(file).replace("title: Doctors, first draft", "title: Doctors, second draft"));
        robot.type(KeyCode.F5);
        waitFor("the second draft is open", () -> text(robot, "#story-title").equals("Doctors, second draft") && steppable(robot));

        Files.writeString(file, "id: doctors-write-skew\ntitle: Broken\nlanes: 7\n");
        robot.type(KeyCode.F5);
        waitFor("the broken file shows its problems", () -> robot.lookup("#library-problems").tryQuery()
                .map(n -> text(robot, "#library-problems").startsWith(file + " does not load")).orElse(false));
        waitFor("and the last good scenario is still open", () -> text(robot, "#story-title").equals("Doctors, second draft"));
    }

    private static boolean steppable(FxRobot robot) {
        return robot.lookup("#step-T1").tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }
}
