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
        Scene scene = new Scene(window.root(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        window.install(scene);
        stage.setTitle("Interleave — concurrent transactions, step by step");
        stage.setScene(scene);
        stage.setOnHidden(e -> window.close());
        if (screen.getWidth() >= 1800) stage.setMaximized(true);
        window.loadLibrary(extraScenarios, () -> {});
        stage.show();
        return window;
    }
}
