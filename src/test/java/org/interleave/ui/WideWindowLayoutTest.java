// A 1920x1080 window (laid out offscreen, as the screenshot command does: the test screen is a 1280x720 projector):
// the library stays open beside the scenario, its titles whole, and the diagram fits its view without being cut.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.interleave.TestEngines;
import org.interleave.diagram.DiagramLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WideWindowLayoutTest {
    @Test
    void at1920TheLibraryStaysBesideADiagramThatFits() throws Exception {
        MainWindow[] w = new MainWindow[1];
        Scene[] scene = new Scene[1];
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            w[0] = new MainWindow(TestEngines.shared(), Platform::runLater, 1920);
            scene[0] = new Scene(w[0].root(), 1920, 1080);
            w[0].install(scene[0]);
            layout(scene[0]);
            w[0].loadLibrary(List.of(), () -> loaded.complete(null));
        });
        try {
            loaded.get(60, TimeUnit.SECONDS);
            CompletableFuture<Void> played = new CompletableFuture<>();
            Platform.runLater(() -> {
                w[0].open("credits-lost-update");
                layout(scene[0]);
                w[0].controller().replaySchedule(w[0].controller().model().plan().defaultSchedule());
                w[0].controller().whenIdle(() -> played.complete(null));
            });
            played.get(60, TimeUnit.SECONDS);
            List<String> problems = new ArrayList<>();
            CompletableFuture<Void> checked = new CompletableFuture<>();
            Platform.runLater(() -> {
                for (int i = 0; i < 3; i++) layout(scene[0]);
                javafx.scene.Node library = scene[0].lookup("#library");
                if (library == null) {
                    problems.add("a 1920 px window closed the library on opening a scenario");
                } else {
                    List<Labeled> shown = new ArrayList<>();
                    WindowTestSupport.collectShown(library, shown);
                    for (Labeled l : shown) {
                        Text text = (Text) l.lookup(".text");
                        if (text != null && !text.getText().equals(l.getText())) problems.add("library title cut: " + l.getText());
                    }
                }
                DiagramLayout l = w[0].diagram().layoutProperty().get();
                double view = w[0].diagram().node().getViewportBounds().getWidth();
                if (l == null || l.width() > view) problems.add("the diagram (" + (l == null ? "none" : Math.round(l.width())) + " px) is wider than its view ("
                        + Math.round(view) + " px)");
                checked.complete(null);
            });
            checked.get(30, TimeUnit.SECONDS);
            assertTrue(problems.isEmpty(), problems.toString());
        } finally {
            Platform.runLater(() -> {
                if (w[0] != null) w[0].close();
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (w[0] != null) w[0].controlThread().awaitTermination(10_000);
        }
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }
}
