// Exploring millions of orders is not started by one click: the window says how many and asks for a second click.
package org.interleave.ui.explore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class LargeExplorationTest extends ExploreWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Override
    protected List<Path> extraScenarios() {
        StringBuilder yaml = new StringBuilder("id: wide\ntitle: Wide counters\nsetup:\n  - CREATE TABLE t (id INT PRIMARY KEY, v INT)\n"
                + "  - INSERT INTO t VALUES (1, 0), (2, 0)\nlanes:\n");
        for (int lane = 1; lane <= 2; lane++) {
            yaml.append("  - id: T").append(lane).append("\n    steps:\n");
            for (int i = 0; i < 11; i++) yaml.append("      - UPDATE t SET v = v + 1 WHERE id = ").append(lane).append("\n");
            yaml.append("      - COMMIT\n");
        }
        try {
            Path file = Files.createTempFile("wide", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml.toString());
            return List.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void millionsOfOrdersAreCountedAndAskedAboutBeforeAnythingRuns(FxRobot robot) {
        waitFor("the library is loaded", () -> robot.lookup("Shop credits").tryQuery().isPresent());
        robot.interact(() -> window.open("wide"));
        waitFor("the wide scenario is ready", () -> robot.lookup("#step-T1").tryQuery().isPresent() && !disabled(robot, "#step-T1"));
        robot.clickOn("#explore-all");
        waitFor("the window says how many orders that is", () -> text(robot, "#explore-notice").contains("2,704,156 orders")
                && text(robot, "#explore-notice").contains("Click Explore again"));
        assertFalse(exploring(), "nothing runs before the second click");
        assertTrue(shown(robot, "#explore-run"), "the button to run them all is there");
    }
}
