// While a lane waits, the step that took the lock it waits for stays in view with it, however many steps came between.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.interleave.diagram.DiagramLayout;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class LockInViewTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Override
    protected List<Path> extraScenarios() {
        String yaml = """
                id: lock-then-reads
                title: A lock, then many reads
                phenomenon: none
                story: T1 locks the row, reads on for a while; T2 wants to change the row.
                setup:
                  - CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)
                  - INSERT INTO counter VALUES (1, 0)
                lanes:
                  - id: T1
                    steps:
                      - SELECT n FROM counter WHERE id = 1 FOR UPDATE
                      - SELECT n + 1 AS a FROM counter WHERE id = 1
                      - SELECT n + 2 AS b FROM counter WHERE id = 1
                      - SELECT n + 3 AS c FROM counter WHERE id = 1
                      - COMMIT
                  - id: T2
                    steps:
                      - UPDATE counter SET n = n + 1 WHERE id = 1
                      - COMMIT
                schedule: [T1, T1, T1, T1, T2, T1, T2]
                checks:
                  - name: counter
                    sql: SELECT n FROM counter WHERE id = 1
                    expect: 1
                    explain: One increment.
                """;
        return scenarioFolder("lock-then-reads.yaml", yaml);
    }

    @Test
    void theStepThatTookTheLockStaysInViewWhileTheOtherLaneWaits(FxRobot robot) {
        open(robot, "A lock, then many reads");
        step(robot, "T1", "T1");
        step(robot, "T1", "T1 T1");
        step(robot, "T1", "T1 T1 T1");
        step(robot, "T1", "T1 T1 T1 T1");
        step(robot, "T2", "T1 T1 T1 T1 T2");
        waitFor("T2 waits", () -> text(robot, "#step-T2").contains("waiting"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        DiagramLayout l = window.diagram().layoutProperty().get();
        double[] shown = window.diagram().visibleLayoutRange();
        double lockTop = l.eventTop().get(1);
        double waitTop = l.eventTop().get(5);
        assertTrue(shown[1] - shown[0] < l.height(), "the diagram is taller than its view, so something must scroll out");
        assertTrue(lockTop >= shown[0] && waitTop < shown[1], "T1's lock (y " + Math.round(lockTop) + ") and T2's wait (y " + Math.round(waitTop)
                + ") are both in view (" + Math.round(shown[0]) + " to " + Math.round(shown[1]) + ")");
    }
}
