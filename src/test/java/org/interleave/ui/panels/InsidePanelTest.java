// The Inside-the-database panel on PostgreSQL: T1's row lock, T2 waiting for T1, the lock gone after the commit, a deadlock drawn.
package org.interleave.ui.panels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.interleave.ui.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class InsidePanelTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static List<String> locks(FxRobot robot) {
        return robot.lookup("#inside-locks").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> versions(FxRobot robot) {
        return robot.lookup("#inside-versions").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The run's lanes are shown as PostgreSQL sees them: a run on it has started. */
    private static boolean onPostgres(FxRobot robot) {
        return !robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith("PostgreSQL 17"))
                .queryAll().isEmpty();
    }

    private static boolean shown(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.isVisible() && n.isManaged();
    }

    @Test
    void theRowLockTheWaitAndTheCommitShowAsTheyHappen(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#protection-for-update");
        robot.clickOn("#engine-postgresql");
        waitFor("the FOR UPDATE statement is next on PostgreSQL", () -> text(robot, "#step-T1").contains("FOR UPDATE") && !disabled(robot, "#step-T1")
                && onPostgres(robot));
        step(robot, "T1", "T1");
        waitFor("T1's row lock is shown", () -> locks(robot).contains("T1 holds a row lock on accounts id = 1 (FOR UPDATE)"));
        step(robot, "T2", "T1 T2");
        waitFor("T2 waits for T1", () -> locks(robot).contains("T2 waits for T1's transaction to end (it locked or changed the row T2 needs)"));
        assertTrue(shown(robot, "#waits-for-graph"), "the wait is drawn");
        assertFalse(shown(robot, "#inside-deadlock"), "one lane waiting for another is no deadlock");
        step(robot, "T1", "T1 T2 T1");
        waitFor("T1's UPDATE shows two versions of the row, the new one T1's and not committed", () -> {
            List<String> v = versions(robot);
            return v.size() == 2 && v.get(0).contains("balance = 1000") && v.get(0).contains("replaced by T1 (not committed)")
                    && v.get(1).contains("balance = 1100") && v.get(1).contains("created by T1 (not committed)")
                    // T2's FOR UPDATE waits with the snapshot its statement began with: the old version
                    && v.get(0).endsWith("seen by T2") && v.get(1).endsWith("seen by T1");
        });
        step(robot, "T1", "T1 T2 T1 T1");
        waitFor("T1's lock is gone and T2 holds the row", () -> locks(robot).stream().noneMatch(l -> l.startsWith("T1 "))
                && locks(robot).contains("T2 holds a row lock on accounts id = 1 (FOR UPDATE)"));
        assertFalse(shown(robot, "#waits-for-graph"), "nobody waits any more");
    }

    @Test
    void aDeadlockIsDrawnAsItStoodBeforeTheDatabaseBrokeIt(FxRobot robot) {
        open(robot, "Two transfers, opposite ways");
        robot.clickOn("#engine-postgresql");
        waitFor("ready on PostgreSQL", () -> !disabled(robot, "#step-T1") && onPostgres(robot));
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        step(robot, "T1", "T1 T2 T1");
        step(robot, "T2", "T1 T2 T1 T2");
        waitFor("the cycle is told", () -> shown(robot, "#inside-deadlock")
                && robot.lookup("#inside-deadlock").queryAs(Label.class).getText().startsWith("Deadlock: "));
        String told = robot.lookup("#inside-deadlock").queryAs(Label.class).getText();
        assertTrue(told.contains("T1 waits for T2") && told.contains("T2 waits for T1") && told.contains("until the database broke the cycle"), told);
        assertTrue(shown(robot, "#waits-for-graph"), "the cycle is drawn");
    }
}
