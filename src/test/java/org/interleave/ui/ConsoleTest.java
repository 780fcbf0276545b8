// A lane's SQL console: a statement of one's own runs in that lane's transaction as its next step (it waits when the
// lane would), is refused in the allowlist's words when it may not run, and is written into the scenario file.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ConsoleTest extends WindowTestSupport {
    private static final String YAML = """
            id: console-me
            title: Console me
            setup:
              - CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL)
              - INSERT INTO accounts VALUES (1, 100)
            lanes:
              - id: T1
                steps:
                  - { id: pay, sql: UPDATE accounts SET balance = balance + 10 WHERE id = 1 }
                  - COMMIT
              - id: T2
                steps:
                  - { id: look, sql: SELECT balance FROM accounts WHERE id = 1 }
                  - COMMIT
            """;
    private List<Path> folder;

    @Override
    protected List<Path> extraScenarios() {
        folder = scenarioFolder("console-me.yaml", YAML);
        return folder;
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @SuppressWarnings("unchecked")
    private static void typeInto(FxRobot robot, String lane, String sql) {
        robot.interact(() -> robot.lookup("#console-lane").queryAs(ComboBox.class).setValue(lane));
        robot.clickOn("#console-sql");
        robot.write(sql);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aStatementTypedRunsInTheLanesTransactionWaitsAsItWouldAndIsSavedIntoTheFile(FxRobot robot) throws Exception {
        open(robot, "Console me");
        step(robot, "T1", "T1");
        robot.clickOn("#diagram");
        robot.type(KeyCode.S);
        waitFor("the console shows", () -> robot.lookup("#console-sql").tryQuery().map(n -> n.isVisible()).orElse(false));

        typeInto(robot, "T2", "SET LOCK_TIMEOUT 1");
        waitFor("refused in the allowlist's words", () -> text(robot, "#console-message").startsWith("Not run: `SET LOCK_TIMEOUT` statements"
                + " are not allowed"));
        robot.interact(() -> robot.lookup("#console-sql").queryAs(javafx.scene.control.TextField.class).clear());

        typeInto(robot, "T2", "UPDATE accounts SET balance = balance - 5 WHERE id = 1");
        waitForSchedule(robot, "T1 T2");
        waitFor("T2 waits for T1's lock, as its own statement would", () -> text(robot, "#step-T2").contains("waiting for T1"));

        robot.clickOn("#console-save");
        waitFor("written into the file", () -> Files.readString(folder.get(0).resolve("console-me.yaml")).contains("typed-1"));
        String written = Files.readString(folder.get(0).resolve("console-me.yaml"));
        assertTrue(written.contains("\n      - { id: typed-1, sql: \"UPDATE accounts SET balance = balance - 5 WHERE id = 1\" }\n"
                + "      - { id: look, sql: SELECT balance FROM accounts WHERE id = 1 }"), "indented as T2's steps, before the one it came before:\n" + written);
        // while the scenario opens again its lane cards are built anew: for a moment there is no #step-T2
        waitFor("the scenario opens again with the step of its own", () -> text(robot, "#schedule").equals("(nothing yet)")
                && robot.lookup("#step-T2").tryQuery().isPresent() && text(robot, "#step-T2").startsWith("UPDATE accounts SET balance = balance - 5"));
    }
}
