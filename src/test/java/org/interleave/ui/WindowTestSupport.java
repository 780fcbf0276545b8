// Opens the real window for each test and closes it after; helpers that wait for what a user would see.
package org.interleave.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestSupport {
    protected MainWindow window;
    protected Stage stage;

    /** Each test class calls this from its own {@code @Start} method (TestFX looks only at the class's declared methods). */
    protected void startWindow(Stage primary) {
        stage = primary;
        window = InterleaveApp.show(primary, org.interleave.TestEngines.shared(), extraScenarios());
    }

    /** A folder, removed when the tests end, holding one scenario file {@code name} with {@code yaml}: for {@link #extraScenarios}. */
    protected static List<Path> scenarioFolder(String name, String yaml) {
        try {
            Path folder = java.nio.file.Files.createTempDirectory("interleave-test");
            Path file = java.nio.file.Files.writeString(folder.resolve(name), yaml);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return List.of(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A folder as {@link #scenarioFolder} holding a copy of the scenario file at {@code file} (a test resource). */
    protected static List<Path> copyOf(Path file) {
        try {
            return scenarioFolder(file.getFileName().toString(), java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every visible, laid-out Labeled of the scene, outside the diagram's own canvas and tooltips. */
    protected static void collectShown(javafx.scene.Node n, List<javafx.scene.control.Labeled> out) {
        if (!n.isVisible()) return;
        if (n instanceof javafx.scene.control.Labeled l && l.getWidth() > 0 && l.getText() != null && !l.getText().isBlank()) out.add(l);
        if (n instanceof javafx.scene.Parent p) for (javafx.scene.Node c : p.getChildrenUnmodifiable()) collectShown(c, out);
    }

    /** Scenario files or folders the library gets besides the built-ins. */
    protected List<Path> extraScenarios() {
        return List.of();
    }

    @AfterEach
    protected void closeWindow(FxRobot robot) throws InterruptedException {
        if (stage == null) return;
        robot.interact(stage::hide);
        window.controlThread().awaitTermination(10_000);
        afterWindowClosed();
    }

    /** What a test family checks once the window has closed (threads of its own that must be gone, say). */
    protected void afterWindowClosed() throws InterruptedException {}

    /**
     * Waits until {@code condition} holds, asking it on the FX thread: a lookup from the test's own thread can meet the
     * scene graph in the middle of a change (a list of children one shorter than it was a moment ago).
     */
    protected static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFxThread(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited in vain for: " + what, e);
        }
    }

    private static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        if (javafx.application.Platform.isFxApplicationThread()) return condition.call();
        java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                answer.complete(condition.call());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw e;
        }
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).query().isDisabled();
    }

    /** Clicks the scenario in the library and waits until its lanes can be stepped. */
    protected static void open(FxRobot robot, String title) {
        waitFor("the library lists " + title, () -> listed(robot, title));
        scrollIntoView(robot, title);
        waitFor(title + " is in view", () -> robot.lookup(title).tryQuery().isPresent());
        robot.clickOn(title);
        waitFor(title + " is ready to step", () -> robot.lookup("#step-T1").tryQuery().isPresent() && !disabled(robot, "#step-T1")
                && text(robot, "#schedule").equals("(nothing yet)"));
    }

    /** True when the library's tree holds an entry titled {@code title}, in view or not (the tree makes cells only for rows in view). */
    @SuppressWarnings("unchecked")
    private static boolean listed(FxRobot robot, String title) {
        javafx.scene.control.TreeView<Object> tree = (javafx.scene.control.TreeView<Object>) robot.lookup("#library-tree").query();
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            javafx.scene.control.TreeItem<Object> item = tree.getTreeItem(row);
            if (item != null && item.getValue() instanceof org.interleave.ui.library.LibraryEntry e && e.title().equals(title)) return true;
        }
        return false;
    }

    /** Scrolls the library so the entry titled {@code title} is in view whole, as a user scrolls before a click. */
    @SuppressWarnings("unchecked")
    private static void scrollIntoView(FxRobot robot, String title) {
        robot.interact(() -> {
            javafx.scene.control.TreeView<Object> tree = (javafx.scene.control.TreeView<Object>) robot.lookup("#library-tree").query();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                javafx.scene.control.TreeItem<Object> item = tree.getTreeItem(row);
                if (item != null && item.getValue() instanceof org.interleave.ui.library.LibraryEntry e && e.title().equals(title)) {
                    tree.scrollTo(Math.max(0, row - 2));
                    return;
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a lane's next statement and waits until the schedule shows it. */
    protected static void step(FxRobot robot, String lane, String scheduleAfter) {
        waitFor(lane + " can step", () -> !disabled(robot, "#step-" + lane));
        robot.clickOn("#step-" + lane);
        waitForSchedule(robot, scheduleAfter);
    }

    protected static void waitForSchedule(FxRobot robot, String schedule) {
        waitFor("the schedule reads " + schedule, () -> text(robot, "#schedule").equals(schedule));
    }

    protected static void waitForVerdict(FxRobot robot, String titleStart, String summaryPart) {
        waitFor("the verdict \"" + titleStart + "\" with \"" + summaryPart + "\"", () -> text(robot, "#verdict-title").startsWith(titleStart)
                && text(robot, "#verdict-summary").contains(summaryPart));
    }
}
