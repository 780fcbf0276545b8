// Two protections side by side: the same schedule under both, the SQL that differs marked, and both verdicts.
package org.interleave.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.ui.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ProtectionsCompareTest extends WindowTestSupport {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private static boolean marked(FxRobot robot, String query) {
        return robot.lookup(query).query().getPseudoClassStates().contains(DIFFERS);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void theStoryUnderTwoProtectionsShowsWhereTheSqlDiffersAndBothVerdicts(FxRobot robot) {
        open(robot, "Shop credits");
        robot.clickOn("#diagram");
        robot.type(KeyCode.V);
        waitFor("the story runs under both", () -> shown(robot, "#compare-verdict-second"));
        assertEquals("SELECT balance FROM accounts WHERE id = 1", text(robot, "#compare-1-first-sql"));
        assertTrue(text(robot, "#compare-1-second-sql").startsWith("SELECT SUM(amount)"), text(robot, "#compare-1-second-sql"));
        assertTrue(marked(robot, "#compare-1-first-sql") && marked(robot, "#compare-1-second-sql"), "the ledger reads otherwise");
        assertTrue(text(robot, "#compare-verdict-first").contains("lost update"), text(robot, "#compare-verdict-first"));
        assertTrue(text(robot, "#compare-verdict-second").contains("as expected"), text(robot, "#compare-verdict-second"));

        robot.interact(() -> robot.lookup("#compare-second").queryAs(ComboBox.class).setValue("atomic-update"));
        waitFor("compared again under the atomic update", () -> shown(robot, "#compare-verdict-second")
                && text(robot, "#compare-3-second-sql").contains("balance = balance - 50"));
        assertFalse(marked(robot, "#compare-1-second-sql"), "both read the same way");
        assertTrue(marked(robot, "#compare-3-second-sql"), "T2's write differs");
        assertTrue(robot.lookup("#compare-verdict-second").queryAs(Label.class).getText().contains("as expected"));
    }
}
