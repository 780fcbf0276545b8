// `interleave my-scenario.yaml` opens the window on that file's scenario (or its errors), and the next start returns to it.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.interleave.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class OpenFileTest extends WindowTestSupport {
    @TempDir
    static Path dir;
    private static Path myCopy;
    private static Path broken;
    private static Path settings;

    @Start
    void start(Stage primary) throws IOException {
        myCopy = Files.writeString(dir.resolve("my-doctors.yaml"), Files.readString(Path.of("scenarios", "doctors-write-skew.yaml"))
                .replaceFirst("(?m)^title: .*$", "title: Doctors on call, my lecture's copy"));
        broken = Files.writeString(dir.resolve("broken.yaml"), "id: broken\ntitle: Broken\nlanes: 3\n");
        settings = dir.resolve("settings").resolve("window.properties");
        stage = primary;
        window = InterleaveApp.show(primary, TestEngines.shared(), List.of(myCopy), new WindowMemory(settings));
    }

    @Test
    void theFileGivenOnTheCommandLineIsOpenAndTheNextStartReturnsToIt(FxRobot robot) throws Exception {
        waitFor("the file's own scenario is open", () -> robot.lookup("#story-title").tryQuery().isPresent()
                && text(robot, "#story-title").equals("Doctors on call, my lecture's copy"));
        waitFor("it can be stepped", () -> robot.lookup("#step-T1").tryQuery().isPresent() && !disabled(robot, "#step-T1"));

        robot.interact(stage::hide);
        window.controlThread().awaitTermination(10_000);
        String saved = Files.readString(settings);
        assertTrue(saved.contains("scenario=doctors-write-skew"), saved);

        robot.interact(() -> {
            stage = new Stage();
            window = InterleaveApp.show(stage, TestEngines.shared(), List.of(), new WindowMemory(settings));
        });
        waitFor("a start without a file returns to the last scenario, from the same file", () -> robot.lookup("#story-title").tryQuery()
                .map(n -> text(robot, "#story-title").equals("Doctors on call, my lecture's copy")).orElse(false));
    }

    @Test
    void aFileThatDoesNotLoadIsShownWithItsProblems(FxRobot robot) {
        robot.interact(stage::hide);
        robot.interact(() -> {
            stage = new Stage();
            window = InterleaveApp.show(stage, TestEngines.shared(), List.of(broken), WindowMemory.none());
        });
        waitFor("the library shows why the file does not load", () -> robot.lookup("#library-problems").tryQuery()
                .map(n -> n.isVisible() && text(robot, "#library-problems").startsWith(broken + " does not load")).orElse(false));
        assertEquals(broken.toString(), robot.lookup("#library-problems").queryLabeled().getText().split(" does not load")[0]);
    }
}
