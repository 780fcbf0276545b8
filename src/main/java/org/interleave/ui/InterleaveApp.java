// Opens the main window on the JavaFX toolkit, and on closing ends the run and the control thread without waiting.
package org.interleave.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.interleave.engine.Engines;
import org.interleave.ui.WindowMemory.Placement;

public final class InterleaveApp {
    private InterleaveApp() {}

    /**
     * Starts the toolkit, opens the window and returns when it is closed. {@code files} are scenario files or folders
     * to add; the first file's scenario is opened (or, when it does not load, its errors are shown). Without files the
     * window opens the scenario it showed last time. The caller owns {@code engines} and closes them afterwards.
     */
    public static void launchWindow(Engines engines, List<Path> files, WindowMemory memory) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            show(stage, engines, files, memory);
        });
        closed.await();
        Platform.exit();
    }

    /**
     * Builds the window on {@code stage} at a size for this screen, with {@code extraScenarios} in the library besides
     * the built-in ones, opens none of them, remembers nothing, and shows it.
     */
    public static MainWindow show(Stage stage, Engines engines, List<Path> extraScenarios) {
        return show(stage, engines, extraScenarios, WindowMemory.none(), null);
    }

    /**
     * Builds the window on {@code stage} where {@code memory} says it was (or sized for the screen), and shows it: on
     * the first of {@code files} that is a file, or without one on the scenario it showed last time.
     */
    public static MainWindow show(Stage stage, Engines engines, List<Path> files, WindowMemory memory) {
        return show(stage, engines, files, memory, files.stream().filter(Files::isRegularFile).findFirst().orElse(null));
    }

    private static MainWindow show(Stage stage, Engines engines, List<Path> files, WindowMemory memory, Path first) {
        List<Rectangle2D> screens = new ArrayList<>(List.of(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(screens.get(0))).forEach(screens::add);
        Placement start = WindowPlacement.choose(memory.read(), screens);
        MainWindow window = new MainWindow(engines, Platform::runLater, screens.get(0).getWidth());
        Scene scene = new Scene(window.root(), start.width(), start.height());
        window.install(scene);
        window.useTheme(memory.theme());
        stage.setScene(scene);
        stage.titleProperty().bind(window.title());
        var icon = InterleaveApp.class.getResourceAsStream("/assets/icons/interleave.png");
        if (icon != null) stage.getIcons().add(new Image(icon));
        WindowPlacement placement = WindowPlacement.apply(stage, start);
        stage.setOnCloseRequest(e -> {
            if (!window.mayClose(stage::hide)) e.consume();
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            memory.write(placement.current(window.openScenarioId(), window.openScenarioFile()), window.theme());
            window.close();
        });

        List<Path> load = new ArrayList<>(files);
        boolean reopen = first == null && !start.scenario().isEmpty();
        Path lastFile = reopen && !start.file().isEmpty() && Files.isRegularFile(Path.of(start.file())) ? Path.of(start.file()) : null;
        if (lastFile != null) load.add(lastFile);
        window.holdLibraryChecksUntil(FirstFrame.drawn(stage));
        window.loadLibrary(load, () -> {
            if (first != null) window.openFile(first);
            else if (lastFile != null) window.openFile(lastFile);
            else if (reopen) window.open(start.scenario());
        });
        FirstFrame.reportIfAsked(stage);
        stage.show();
        return window;
    }
}
