// The window's Schedule choice plays a file's named schedules, and a step that did not do what the file expects is marked on the diagram.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.Role;
import org.interleave.diagram.Shape;
import org.interleave.scenario.StepExpectAndSchedulesTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ScheduleChoiceTest extends WindowTestSupport {
    private static final String TITLE = "Expected steps and named schedules";

    @Override
    protected List<Path> extraScenarios() {
        return copyOf(StepExpectAndSchedulesTest.FILE);
    }

    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    private List<String> surprises() {
        DiagramLayout l = window.diagram().layoutProperty().get();
        return l.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.SURPRISE).map(s -> ((Shape.Text) s).text()).toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void choosingAScheduleStartsItAndTheStepsThatSurpriseAreMarked(FxRobot robot) {
        open(robot, TITLE);
        ComboBox<String> box = robot.lookup("#schedule-choice").queryAs(ComboBox.class);
        assertEquals(List.of("t1-first", "t2-first", "read-twice", "lanes-only"), box.getItems());
        assertEquals("t1-first", box.getValue(), "the file's first schedule is its default");

        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        waitFor("T2 waits for T1, as the file expects", () -> text(robot, "#step-T2").contains("waiting"));
        assertEquals(List.of(), surprises());

        robot.interact(() -> box.setValue("t2-first"));
        waitFor("the chosen schedule starts from the beginning", () -> text(robot, "#schedule").equals("(nothing yet)") && !disabled(robot, "#step-T2"));
        assertTrue(text(robot, "#step-T2").contains("SELECT balance"), "T2's first step is its read");
        step(robot, "T2", "T2");
        waitFor("T2's read is marked: it completed at once", () -> surprises().size() == 1);
        assertTrue(surprises().get(0).startsWith("≠ expected to wait for T1, but completed at once"), surprises().toString());
        step(robot, "T1", "T2 T1");
        waitFor("T1 waits, though the file expects it to complete at once: marked while it waits",
                () -> surprises().stream().anyMatch(s -> s.startsWith("≠ expected to complete at once, but waited for T2")));

        robot.interact(() -> box.setValue("read-twice"));
        waitFor("a schedule naming T1's read twice gives T1 two reads and T2 no write", () -> text(robot, "#schedule").equals("(nothing yet)"));
        step(robot, "T1", "T1");
        step(robot, "T1", "T1 T1");
        assertTrue(text(robot, "#step-T1").contains("COMMIT"), "after its two reads T1's next step is its COMMIT: " + text(robot, "#step-T1"));
    }
}
