// The isolation choices are the engine's own: SNAPSHOT on H2; on PostgreSQL a lane at SNAPSHOT moves to REPEATABLE READ, and the window says so.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.interleave.scenario.Isolation;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class SnapshotChoiceTest extends WindowTestSupport {
    @Override
    protected List<Path> extraScenarios() {
        return copyOf(Path.of("src/test/resources/scenarios-format/snapshot-on-h2.yaml"));
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Isolation> box(FxRobot robot) {
        return robot.lookup("#isolation-T1").queryAs(ComboBox.class);
    }

    @Test
    void snapshotIsOfferedOnH2AndMovedToRepeatableReadOnPostgresql(FxRobot robot) {
        open(robot, "When a snapshot is taken");
        assertTrue(box(robot).getItems().contains(Isolation.SNAPSHOT), "H2 offers SNAPSHOT: " + box(robot).getItems());
        robot.interact(() -> box(robot).setValue(Isolation.SNAPSHOT));
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T2", "T1 T2 T2");
        step(robot, "T2", "T1 T2 T2 T2");
        step(robot, "T1", "T1 T2 T2 T2 T1");
        waitFor("T1 sees the stock as of its first statement", () -> text(robot, "#step-T1").equals("COMMIT"));

        robot.clickOn("#engine-postgresql");
        waitFor("on PostgreSQL, T1 runs REPEATABLE READ and the window says why", () -> box(robot).getValue() == Isolation.REPEATABLE_READ
                && text(robot, "#status").contains("T1 runs REPEATABLE READ here: PostgreSQL 17.6 (embedded) has no SNAPSHOT level")
                && text(robot, "#schedule").equals("T1 T2 T2 T2 T1"));
        assertEquals(List.of(Isolation.READ_UNCOMMITTED, Isolation.READ_COMMITTED, Isolation.REPEATABLE_READ, Isolation.SERIALIZABLE),
                box(robot).getItems(), "PostgreSQL's own levels");
    }
}
