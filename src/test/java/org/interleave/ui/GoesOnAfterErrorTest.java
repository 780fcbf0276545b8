// In the window, a lane with on_error: continue can still step after its error, and its card tells what the database did.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class GoesOnAfterErrorTest extends WindowTestSupport {
    @Override
    protected List<Path> extraScenarios() {
        return copyOf(Path.of("src/test/resources/scenarios-format/on-error-continue.yaml"));
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void afterItsErrorTheLaneStepsOnAndCommits(FxRobot robot) {
        open(robot, "A lane that goes on after an error");
        step(robot, "T1", "T1");
        waitFor("T1's next step is its deposit, not 'not run'", () -> text(robot, "#step-T1").contains("balance + 10"));
        assertFalse(disabled(robot, "#step-T1"), "T1 can take its next step after the error");
        assertTrue(text(robot, "#lane-state-T1").contains("active"), text(robot, "#lane-state-T1"));
        step(robot, "T1", "T1 T1");
        step(robot, "T1", "T1 T1 T1");
        waitFor("on H2 the deposit commits", () -> text(robot, "#lane-state-T1").contains("committed"));
    }
}
