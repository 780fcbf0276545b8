// A long exploration can be cancelled, and closing its tab or opening another scenario stops it: no exploring thread is left.
package org.interleave.ui.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class CancelAndCloseTest extends ExploreWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    /** Two lanes of eight steps: 12,870 orders, far more than a test waits for. */
    @Override
    protected List<Path> extraScenarios() {
        StringBuilder yaml = new StringBuilder("""
                id: many-reads
                title: Many reads
                phenomenon: none
                story: Two readers, many statements each.
                setup:
                  - CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)
                  - INSERT INTO counter VALUES (1, 0)
                lanes:
                """);
        for (String lane : List.of("T1", "T2")) {
            yaml.append("  - id: ").append(lane).append("\n    label: ").append(lane).append(" reads\n    steps:\n");
            for (int i = 0; i < 7; i++) yaml.append("      - SELECT n FROM counter WHERE id = 1\n");
            yaml.append("      - COMMIT\n");
        }
        yaml.append("""
                checks:
                  - name: counter
                    sql: SELECT n FROM counter WHERE id = 1
                    expect: 0
                    explain: Nobody writes.
                """);
        return scenarioFolder("many-reads.yaml", yaml.toString());
    }

    @Test
    void cancelStopsTheExplorationAndItsThreads(FxRobot robot) {
        open(robot, "Many reads");
        robot.clickOn("#explore-all");
        waitFor("the exploration is under way", () -> shown(robot, "#explore-cancel")
                && text(robot, "#explore-progress").equals("Exploring No protection… 1 of 1"));
        robot.clickOn("#explore-cancel");
        waitFor("cancelled", () -> text(robot, "#explore-progress").startsWith("Cancelled after 0 of 1") && shown(robot, "#explore-run"));
        waitFor("the explorer's threads end", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("interleave-explorer")));
        assertTrue(text(robot, "#cell-none-orders").equals("…") || text(robot, "#cell-none-orders").equals("–"));
    }

    @Test
    void closingTheTabEndsTheExplorationThread(FxRobot robot) {
        open(robot, "Many reads");
        robot.clickOn("#explore-all");
        waitFor("the exploration is under way and the tab can be closed", () -> shown(robot, "#explore-cancel")
                && robot.lookup("#tab-all-orders .tab-close-button").match(n -> n.isVisible()).tryQuery().isPresent());
        robot.clickOn("#tab-all-orders .tab-close-button");
        waitFor("the All-orders tab is gone and nothing explores", () -> robot.lookup("#tab-all-orders").tryQuery().isEmpty() && !exploring());
    }

    @Test
    void openingAnotherScenarioStopsTheExploration(FxRobot robot) {
        open(robot, "Many reads");
        robot.clickOn("#explore-all");
        waitFor("the exploration is under way", () -> shown(robot, "#explore-cancel"));
        robot.interact(() -> window.open("credits-lost-update"));
        waitFor("the matrix is cleared for the new scenario", () -> text(robot, "#explore-heading").startsWith("Shop credits")
                && text(robot, "#explore-notice").contains("Shop credits") && !shown(robot, "#cell-none-orders"));
        waitFor("the explorer's threads end", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("interleave-explorer")));
    }
}
