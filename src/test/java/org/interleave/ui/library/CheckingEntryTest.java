// A click on a library entry that is still being checked opens its scenario as soon as its file is checked.
package org.interleave.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.ControlThread;
import org.interleave.ui.session.FxSessionBridge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CheckingEntryTest {
    private final ControlThread control = new ControlThread();
    private final CompletableFuture<Void> checksMayStart = new CompletableFuture<>();
    private final List<Scenario> opened = new CopyOnWriteArrayList<>();
    private LibraryModel model;

    @Start
    void start(Stage stage) {
        model = new LibraryModel(control, new FxSessionBridge(Platform::runLater, () -> {}));
        model.holdChecksUntil(checksMayStart);
        LibraryView view = new LibraryView(model, opened::add, () -> {}, () -> {});
        stage.setScene(new Scene(view, 400, 700));
        stage.show();
        model.load(List.of(), () -> {});
    }

    @AfterEach
    void stop() {
        control.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEntryClickedWhileCheckingOpensOnceChecked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("Shop credits").tryQuery().isPresent());
        robot.clickOn("Shop credits");
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<Object> tree = (TreeView<Object>) robot.lookup("#library-tree").query();
        TreeItem<Object> clicked = tree.getSelectionModel().getSelectedItem();
        assertTrue(clicked != null && ((LibraryEntry) clicked.getValue()).checking(), "the click lands on an entry being checked");
        assertTrue(opened.isEmpty(), "nothing opens before its file is checked");
        checksMayStart.complete(null);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertEquals("credits-lost-update", opened.get(0).id());
        assertEquals(1, opened.size(), "opened once");
    }
}
