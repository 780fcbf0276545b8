// Opens the real window for each export test, lets tests pick the export file without a native dialog, and closes it.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.ui.InterleaveApp;
import org.interleave.ui.MainWindow;
import org.interleave.ui.session.SessionSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
abstract class ExportWindowSupport {
    protected MainWindow window;
    protected Stage stage;
    /** The names the window proposed, one per export asked for. */
    protected final List<String> proposedNames = new ArrayList<>();

    /** Each test class calls this from its own {@code @Start} method. */
    void startWindow(Stage primary) {
        stage = primary;
        window = InterleaveApp.show(primary, List.of());
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws InterruptedException {
        if (stage == null) return;
        robot.interact(stage::hide);
        window.controlThread().awaitTermination(10_000);
        window.exporter().awaitTermination(10_000);
    }

    /** The next exports go to {@code file}, as if the user had picked it in the save dialog (which then asked nothing). */
    void exportsGoTo(Path file) {
        window.exporter().chooseFilesWith((owner, format, proposedName, folder) -> {
            proposedNames.add(proposedName);
            return Optional.of(new TargetChooser.Choice(file, false));
        });
    }

    /** The next exports go to the proposed name inside {@code folder}. */
    void exportsGoInto(Path folder) {
        window.exporter().chooseFilesWith((owner, format, proposedName, start) -> {
            proposedNames.add(proposedName);
            return Optional.of(new TargetChooser.Choice(folder.resolve(proposedName), false));
        });
    }

    /** Opens the Export menu in the toolbar and clicks one of its items. */
    static void exportFromMenu(FxRobot robot, String item) {
        robot.clickOn("#export-menu");
        waitFor("the Export menu shows " + item, () -> robot.lookup(item).tryQuery().isPresent());
        robot.clickOn(item);
    }

    static String menuItem(ExportFormat format) {
        return format.description() + " (." + format.extension() + ")…";
    }

    SessionSnapshot shown(FxRobot robot) {
        SessionSnapshot[] s = new SessionSnapshot[1];
        robot.interact(() -> s[0] = window.controller().model().snapshot());
        return s[0];
    }

    static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain for: " + what, e);
        }
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).query().isDisabled();
    }

    /** Clicks the scenario in the library and waits until its lanes can be stepped. */
    static void open(FxRobot robot, String title) {
        waitFor("the library lists " + title, () -> robot.lookup(title).tryQuery().isPresent());
        robot.clickOn(title);
        waitFor(title + " is ready to step", () -> robot.lookup("#step-T1").tryQuery().isPresent() && !disabled(robot, "#step-T1")
                && text(robot, "#schedule").equals("(nothing yet)"));
    }

    /** Clicks a lane's next statement and waits until the schedule shows it. */
    static void step(FxRobot robot, String lane, String scheduleAfter) {
        waitFor(lane + " can step", () -> !disabled(robot, "#step-" + lane));
        robot.clickOn("#step-" + lane);
        waitFor("the schedule reads " + scheduleAfter, () -> text(robot, "#schedule").equals(scheduleAfter));
    }

    /** Waits until the export status line under the diagram starts with {@code start}, and returns it. */
    static String waitForStatus(FxRobot robot, String start) {
        waitFor("the export status starts with \"" + start + "\"", () -> robot.lookup("#export-status").tryQuery().isPresent()
                && text(robot, "#export-status").startsWith(start));
        return text(robot, "#export-status");
    }
}
