// Opens the real window for each export test, lets tests pick the export file without a native dialog, and closes it.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.ui.WindowTestSupport;
import org.interleave.ui.session.SessionSnapshot;
import org.testfx.api.FxRobot;

abstract class ExportWindowSupport extends WindowTestSupport {
    /** The names the window proposed, one per export asked for. */
    protected final List<String> proposedNames = new ArrayList<>();

    @Override
    protected void afterWindowClosed() throws InterruptedException {
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

    /** Waits until the export status line under the diagram starts with {@code start}, and returns it. */
    static String waitForStatus(FxRobot robot, String start) {
        waitFor("the export status starts with \"" + start + "\"", () -> robot.lookup("#export-status").tryQuery().isPresent()
                && text(robot, "#export-status").startsWith(start));
        return text(robot, "#export-status");
    }
}
