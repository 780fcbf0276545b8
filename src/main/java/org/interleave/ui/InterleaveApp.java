// The JavaFX application: opens the main window, and on closing ends the run and the control thread without waiting.
package org.interleave.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

public final class InterleaveApp extends Application {
    /** Opens the window and returns when it is closed; {@code args} may name scenario files or folders to add. */
    public static void launchWindow(String... args) {
        Application.launch(InterleaveApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<Path> extra = new ArrayList<>();
        for (String a : getParameters().getUnnamed()) extra.add(Path.of(a));
        show(stage, extra);
    }

    /** Builds the window on {@code stage}, sized for the screen, and shows it. */
    public static MainWindow show(Stage stage, List<Path> extraScenarios) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MainWindow window = new MainWindow(Platform::runLater, screen.getWidth());
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
