// Start-up probe for `bench --startup`: reports the first frame of a window, the app's or a JavaFX hello-world's.
package org.interleave.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With the system property {@value #PROPERTY} set, the window prints {@value #LINE} on standard output at its first
 * pulse after it is shown (laid out and about to be drawn) and the process ends there (no engine has started by then; the window memory is not written). The
 * hello-world ({@link #main}) starts the toolkit the same way the app does and shows one label, for comparison.
 */
public final class FirstFrame {
    public static final String PROPERTY = "interleave.reportFirstFrame";
    public static final String LINE = "interleave-first-frame";

    private FirstFrame() {}

    /** Reports the stage's first frame and ends the process, when asked to by {@value #PROPERTY}. */
    static void reportIfAsked(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) return;
        atFirstPulse(stage, () -> {
            System.out.println(LINE);
            System.out.flush();
            Runtime.getRuntime().halt(0); // at once: an exit now would stop the renderer in the middle of this pulse
        });
    }

    /** Runs {@code work} once, at the first pulse after the stage is shown, once its scene is laid out. */
    private static void atFirstPulse(Stage stage, Runnable work) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                work.run();
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    /**
     * Completes on the FX thread just after the stage's first frame has been laid out and handed to the renderer
     * (at the latest when the stage is hidden): work that can wait for the window to be on screen waits for this.
     */
    static CompletableFuture<Void> drawn(Stage stage) {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden -> drawn.complete(null));
        atFirstPulse(stage, () -> Platform.runLater(() -> drawn.complete(null)));
        return drawn;
    }

    /** A JavaFX hello-world: the toolkit, one stage with one label. */
    public static void main(String[] args) {
        System.setProperty(PROPERTY, "true");
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Hello"), 400, 300));
            reportIfAsked(stage);
            stage.show();
        });
    }
}
