// A PostgreSQL isolation spec opens in the window as a scenario, its permutations as the Schedule choice.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.interleave.scenario.SpecLoadTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class SpecInWindowTest extends WindowTestSupport {
    @Override
    protected List<Path> extraScenarios() {
        return copyOf(SpecLoadTest.SPECS.resolve("doctors-write-skew.spec"));
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSpecsPermutationsAreItsSchedulesAndItsSessionsStep(FxRobot robot) {
        waitFor("the library lists the spec", () -> robot.lookup("doctors-write-skew (isolation spec)").tryQuery().isPresent());
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.open("doctors-write-skew"));
        assertTrue(opened[0], "the spec is in the library, by its file's name");
        waitFor("the spec's sessions are lanes", () -> robot.lookup("#step-alice").tryQuery().isPresent() && !disabled(robot, "#step-alice"));
        ComboBox<String> box = robot.lookup("#schedule-choice").queryAs(ComboBox.class);
        assertEquals(List.of("permutation-1", "permutation-2"), box.getItems());
        assertTrue(text(robot, "#step-alice").contains("BEGIN ISOLATION LEVEL SERIALIZABLE"), text(robot, "#step-alice"));
        robot.interact(() -> window.controller().replaySchedule(window.controller().model().plan().defaultSchedule()));
        waitFor("the first permutation runs to its end", () -> text(robot, "#lane-state-bob").contains("rolled back")
                || text(robot, "#lane-state-bob").contains("committed"));
        // on H2 (the window's default engine) SERIALIZABLE lets both doctors go: the write skew, measured
        assertTrue(text(robot, "#lane-state-bob").contains("committed"), text(robot, "#lane-state-bob"));
    }
}
