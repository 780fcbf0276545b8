// The library groups scenarios by phenomenon, finds them by search, and lists a file that fails with its error.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class LibraryTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Override
    protected List<Path> extraScenarios() {
        try {
            Path folder = Files.createTempDirectory("interleave-library");
            Files.writeString(folder.resolve("broken-story.yaml"), "id: broken\ntitle: Broken story\nlanes: 12\n");
            folder.toFile().deleteOnExit();
            folder.resolve("broken-story.yaml").toFile().deleteOnExit();
            return List.of(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileThatFailsIsListedWithItsError(FxRobot robot) {
        waitFor("the library is loaded", () -> robot.lookup("Shop credits").tryQuery().isPresent());
        robot.clickOn("#library-search").write("broken");
        waitFor("the broken file is listed under its own group", () -> robot.lookup("broken-story.yaml").tryQuery().isPresent()
                && robot.lookup("did not load  (1)").tryQuery().isPresent());
        robot.clickOn("broken-story.yaml");
        waitFor("its problems are shown", () -> text(robot, "#library-problems").contains("should be a list"));
    }

    @Test
    void searchFindsScenariosByWords(FxRobot robot) {
        waitFor("the library is loaded", () -> robot.lookup("Shop credits").tryQuery().isPresent());
        robot.clickOn("#library-search").write("helmet");
        waitFor("only the inventory story is left", () -> robot.lookup("Item inventory").tryQuery().isPresent()
                && robot.lookup("Shop credits").tryQuery().isEmpty());
        assertFalse(robot.lookup("broken-story.yaml").tryQuery().isPresent());
    }
}
