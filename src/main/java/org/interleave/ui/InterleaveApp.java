// Opens the main window on the JavaFX toolkit, and on closing ends the run and the control thread without waiting.
package org.interleave.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.interleave.engine.Engines;

public final class InterleaveApp {
    private InterleaveApp() {}

    /**
     * Starts the toolkit, opens the window and returns when it is closed; {@code extra} names scenario files or
     * folders to add. The caller owns {@code engines} and closes them afterwards.
     */
    public static void launchWindow(Engines engines, List<Path> extra) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            show(stage, engines, extra);
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
        });
        closed.await();
        Platform.exit();
    }

    /** Builds the window on {@code stage}, sized for the screen, and shows it. */
    public static MainWindow show(Stage stage, Engines engines, List<Path> extraScenarios) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow window = new MainWindow(engines, Platform::runLater, screen.getWidth());
        double width = Math.min(1600, screen.getWidth());
        double height = Math.min(1000, screen.getHeight());
        Scene scene = new Scene(window.root(), width, height);
        window.install(scene);
        stage.setTitle("Interleave — concurrent transactions, step by step");
        stage.setScene(scene);
        // An explicit size and place: some window managers otherwise open a JavaFX stage at 200 × 200
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setOnHidden(e -> window.close());
        if (screen.getWidth() >= 1800) stage.setMaximized(true);
        window.loadLibrary(extraScenarios, () -> {});
        stage.show();
        if (!stage.isMaximized()) {
            // again once shown: under some window managers (openbox) the size given before showing is not kept
            Platform.runLater(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
        return window;
    }
}
