// `screenshot`: renders the real window for a scenario, protection and schedule to a PNG, without needing a display.
package org.interleave.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.interleave.cli.Cli;
import org.interleave.cli.EngineOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the window for a scenario, protection and schedule to a PNG (no display needed).")
public final class ScreenshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    EngineOptions database;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "a built-in scenario id or a scenario file; without it the library alone is shown")
    String scenario;

    @Option(names = "--protection", paramLabel = "ID", description = "the protection to switch on (default: none)")
    String protection;

    @Option(names = "--isolation", paramLabel = "LANE=LEVEL", description = "isolation of a lane, e.g. T1=SERIALIZABLE (repeatable)")
    Map<String, String> isolation = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "T1,T2,...", split = ",", description = "the steps to run, in order (default: none)")
    List<String> schedule = new ArrayList<>();

    @Option(names = "--schedule-name", paramLabel = "NAME", description = "choose one of the scenario's named schedules first")
    String scheduleName;

    @Option(names = "--story", description = "play the scenario's whole story (its default schedule) instead of --schedule")
    boolean story;

    @Option(names = "--scenarios", paramLabel = "FILE_OR_FOLDER", description = "more scenario files or folders for the library (repeatable)")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--search", paramLabel = "WORDS", description = "words typed into the library's search field")
    String search;

    @Option(names = "--out", paramLabel = "PNG", description = "the image to write (default: ${DEFAULT-VALUE})", defaultValue = "interleave.png")
    Path out;

    @Option(names = "--width", description = "window width in pixels (default: ${DEFAULT-VALUE})", defaultValue = "1600")
    int width;

    @Option(names = "--height", description = "window height in pixels (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    int height;

    @Option(names = "--zoom", description = "diagram text scale, e.g. 1.25 (default: chosen for the width)")
    Double zoom;

    @Option(names = "--compare", description = "show the Compare-engines view of the schedule on every engine")
    boolean compare;

    @Option(names = "--headless", description = "use the headless toolkit (Monocle) even when a display is available")
    boolean headless;

    @Option(names = "--theme", paramLabel = "THEME", description = "the colour theme: ${COMPLETION-CANDIDATES} (default: LIGHT)")
    Theme theme = Theme.LIGHT;

    @Option(names = "--inside", description = "scroll the side column to the Inside-the-database panel")
    boolean inside;

    @Option(names = "--all-orders", description = "show the All-orders view, once every order of the schedule space has run")
    boolean allOrders;

    @Override
    public Integer call() throws Exception {
        boolean ownToolkit = HeadlessFx.start(headless || HeadlessFx.noDisplay(), width, height);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            try {
                window[0] = build(shot);
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            WritableImage image = shot.get(90, TimeUnit.SECONDS);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            spec.commandLine().getOut().println("wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            spec.commandLine().getErr().println(e.getCause().getMessage());
            return 1;
        } finally {
            Platform.runLater(() -> {
                if (window[0] != null) window[0].close();
            });
            Thread.sleep(200);
            if (window[0] != null) window[0].controlThread().awaitTermination(5000);
            if (ownToolkit) Platform.exit();
        }
    }

    /** The window's scene, never shown: it is laid out offscreen at the asked size and snapshotted. */
    private MainWindow build(CompletableFuture<WritableImage> shot) {
        MainWindow w = new MainWindow(cli.engines(), Platform::runLater, width);
        if (database.chosen()) w.controller().useEngine(database.choose(spec, cli.engines()));
        if (zoom != null) w.zoom().set(zoom);
        Scene scene = new Scene(w.root(), width, height);
        w.install(scene);
        w.useTheme(theme);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Path> paths = new ArrayList<>(extra);
        Path file = scenario == null ? null : Path.of(scenario);
        boolean isFile = file != null && (scenario.endsWith(".yaml") || scenario.endsWith(".yml") || scenario.endsWith(".spec") || Files.isRegularFile(file));
        if (isFile) paths.add(file);
        w.loadLibrary(paths, () -> {
            try {
                if (search != null) w.search(search);
                if (scenario != null && !w.open(isFile ? w.scenarioIdOfFile(file) : scenario)) {
                    throw new IllegalArgumentException("no scenario `" + scenario + "` that loads; see `list` or `check`");
                }
                if (scenario != null) configure(w);
                w.controller().whenIdle(() -> {
                    if (allOrders && scenario != null) {
                        w.allOrders().show();
                        var running = w.allOrders().controller().model().runningProperty();
                        running.addListener((o, was, now) -> {
                            if (!now) settle(scene, shot, 5);
                        });
                        if (!running.get() && w.allOrders().controller().current()) settle(scene, shot, 5);
                        return;
                    }
                    if (!compare || scenario == null) {
                        if (inside) w.revealInside();
                        settle(scene, shot, 3);
                        return;
                    }
                    w.allOrders().showCompare();
                    w.allOrders().compareController().comparisonProperty().addListener((o, was, now) -> {
                        if (now != null) settle(scene, shot, 5);
                    });
                });
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        return w;
    }

    private void configure(MainWindow w) {
        var s = w.controller().model().scenario();
        if (protection != null && !protection.equals("none")) {
            if (s.protection(protection).isEmpty()) {
                throw new IllegalArgumentException("scenario " + s.id() + " has no protection `" + protection + "`; it has: "
                        + String.join(", ", s.protections().stream().map(p -> p.id()).toList()));
            }
            w.controller().chooseProtection(protection);
        }
        if (scheduleName != null) {
            if (s.schedule(scheduleName).isEmpty()) {
                throw new IllegalArgumentException("scenario " + s.id() + " has no schedule `" + scheduleName + "`; it has: "
                        + String.join(", ", s.scheduleNames()));
            }
            w.controller().chooseSchedule(s.schedule(scheduleName).get().name());
        }
        for (Map.Entry<String, String> e : isolation.entrySet()) {
            var level = org.interleave.scenario.Isolation.parse(e.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown isolation level `" + e.getValue() + "`; use one of " + org.interleave.scenario.Isolation.choices()));
            if (s.lane(e.getKey()).isEmpty()) throw new IllegalArgumentException("--isolation names lane `" + e.getKey() + "`, which " + s.id() + " does not have");
            w.controller().chooseIsolation(e.getKey(), level);
        }
        List<String> order = schedule.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        for (String lane : order) {
            if (s.lane(lane).isEmpty()) throw new IllegalArgumentException("--schedule names lane `" + lane + "`, which " + s.id() + " does not have");
        }
        if (story) w.controller().replaySchedule(w.controller().model().plan().defaultSchedule());
        else if (!order.isEmpty()) w.controller().replaySchedule(order);
    }

    /** Lets a few frames pass so layout and scrolling settle, then takes the picture. */
    private static void settle(Scene scene, CompletableFuture<WritableImage> shot, int frames) {
        if (frames > 0) {
            Platform.runLater(() -> settle(scene, shot, frames - 1));
            return;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        shot.complete(scene.snapshot(null));
    }
}
