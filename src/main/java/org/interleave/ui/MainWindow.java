// The window's parts and how they are wired: library, story, protections, lanes, diagram, data, verdict and toolbar.
package org.interleave.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.engine.Engines;
import org.interleave.scenario.Isolation;
import org.interleave.ui.diagram.DiagramView;
import org.interleave.ui.diagram.Zoom;
import org.interleave.ui.explore.AllOrdersTabs;
import org.interleave.ui.export.ExportController;
import org.interleave.ui.export.ExportMenu;
import org.interleave.ui.export.ExportStatus;
import org.interleave.ui.library.LibraryEntry;
import org.interleave.ui.library.LibraryModel;
import org.interleave.ui.library.LibraryView;
import org.interleave.ui.panels.DatabasePanel;
import org.interleave.ui.panels.InsidePanel;
import org.interleave.ui.panels.LaneBar;
import org.interleave.ui.panels.ProtectionBar;
import org.interleave.ui.panels.StoryPanel;
import org.interleave.ui.panels.VerdictPanel;
import org.interleave.ui.session.ControlThread;
import org.interleave.ui.session.LaneStatus;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

public final class MainWindow {
    static final String STYLESHEET = "/assets/interleave.css";
    /** Below this window width, opening a scenario hides the library (Ctrl+L brings it back). */
    private static final double WIDE_ENOUGH_FOR_LIBRARY = 1800;

    private final ControlThread control = new ControlThread();
    private final SessionViewModel model = new SessionViewModel();
    private final SessionController session;
    private final LibraryModel libraryModel;
    private final Zoom zoom;
    private final BorderPane root = new BorderPane();
    private final ScaledPane scaled = new ScaledPane(root);
    private final PresenterMode presenter;
    private final LibraryView library;
    private final ProtectionBar protections;
    private final TopBar topBar;
    private final DiagramView diagram;
    private final AllOrdersTabs allOrders;
    private final ExportController exporter;
    private final ExportMenu exportMenu;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final InsidePanel inside;
    private final ScrollPane sideScroll;
    private final org.interleave.ui.quiz.QuizController quiz;
    private final org.interleave.ui.editor.EditorPane editor;
    private final org.interleave.ui.panels.ConsoleBar console;
    private Theme theme = Theme.LIGHT;

    /**
     * @param engines     the engines to run on; the window starts on the default one and closes none of them
     * @param fxThread    runs work on the FX thread (Platform::runLater)
     * @param screenWidth picks a readable default zoom
     */
    public MainWindow(Engines engines, Executor fxThread, double screenWidth) {
        session = new SessionController(control, model, fxThread, engines);
        quiz = new org.interleave.ui.quiz.QuizController(session);
        editor = new org.interleave.ui.editor.EditorPane(fxThread, root, this::savedFromEditor, this::showEditorTab);
        exporter = new ExportController(model, control::execute, fxThread, session::engine, root);
        exporter.includeQuiz(() -> quiz.recordProperty().get());
        libraryModel = new LibraryModel(control, session.bridge());
        zoom = new Zoom(Zoom.defaultFor(screenWidth));
        ScenarioFiles files = new ScenarioFiles(root, libraryModel);
        library = new LibraryView(libraryModel, this::open, files::openFiles, files::openFolder);
        library.setPrefWidth(280);
        protections = new ProtectionBar(session, this::showCompare);
        diagram = new DiagramView(zoom);
        diagram.lockTrackProperty().addListener((o, was, now) -> exporter.drawLockTrack(now));
        LaneBar lanes = new LaneBar(session, diagram::sceneX);
        diagram.layoutProperty().addListener((o, was, now) -> lanes.follow(now));
        diagram.onMoved(lanes::requestLayout);
        model.snapshotProperty().addListener((o, was, now) -> showDiagram(now));
        quiz.hidesResultsProperty().addListener((o, was, now) -> showDiagram(model.snapshot()));
        model.scenarioProperty().addListener((o, was, now) -> diagram.show(null));
        inside = new InsidePanel(model);
        defineActions(files);
        exportMenu = new ExportMenu(exporter, model, id -> actions.get(id).shortKeyText());
        topBar = new TopBar(actions, model, zoom, exportMenu);
        topBar.onScheduleClicked(() -> model.snapshot() == null ? null
                : StepHistoryMenu.of(model.snapshot(), session.redoable(), session::jumpTo, session::redo));
        console = new org.interleave.ui.panels.ConsoleBar(session, this::saveTypedSteps);
        console.setVisible(false);
        console.managedProperty().bind(console.visibleProperty());
        VBox stepper = new VBox(lanes, diagram.node(), console);
        stepper.getStyleClass().add("stepper");
        VBox.setVgrow(diagram.node(), Priority.ALWAYS);
        allOrders = new AllOrdersTabs(session, fxThread, stepper, actions.get("explore").shortKeyText());
        StoryPanel story = new StoryPanel(model);
        StatusLine status = new StatusLine(model);
        org.interleave.ui.quiz.QuizCard quizCard = new org.interleave.ui.quiz.QuizCard(quiz, model::snapshot);
        VBox center = new VBox(story, protections, quizCard, allOrders.node(), status, new ExportStatus(exporter.model()));
        center.getStyleClass().add("center");
        VBox.setVgrow(allOrders.node(), Priority.ALWAYS);
        VerdictPanel verdict = new VerdictPanel(model);
        DatabasePanel data = new DatabasePanel(model);
        for (javafx.scene.Node hidden : List.of(verdict, data)) {
            // in a quiz, the committed data and the verdict wait until the checks are predicted too
            hidden.visibleProperty().bind(quiz.hidesResultsProperty().not());
            hidden.managedProperty().bind(quiz.hidesResultsProperty().not());
        }
        VBox side = new VBox(verdict, data, inside);
        side.getStyleClass().add("side");
        sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("side-scroll");
        sideScroll.setPrefWidth(340);
        sideScroll.setMinWidth(300);
        root.getStyleClass().add("interleave");
        javafx.scene.control.MenuBar menus = WindowMenus.build(actions);
        root.setTop(new VBox(menus, topBar));
        // presenter mode leaves out what the teacher says or reaches by key; the verdict is drawn in the diagram too
        // and the title goes on the protections' line, so the diagram gets the story panel's height
        javafx.scene.Node compactTitle = story.compactTitle();
        protections.setLead(compactTitle);
        List<javafx.scene.Node> outOfTheWay = new java.util.ArrayList<>(List.of(menus, story, status, sideScroll));
        outOfTheWay.addAll(protections.pickers());
        presenter = new PresenterMode(root, scaled, outOfTheWay, List.of(compactTitle), () -> root.getLeft() != null, this::toggleLibrary);
        presenter.activeProperty().addListener((o, was, now) -> diagram.setCompact(now));
        root.setLeft(library);
        root.setCenter(center);
        root.setRight(sideScroll);
    }

    private void defineActions(ScenarioFiles files) {
        add(Action.of("presenter", "Presenter mode", "Full screen for a lecture hall: library, menus and story text out of the way,"
                + " big step buttons (Esc or F11 leaves it)", () -> presenter.toggle(), "F11"));
        add(Action.of("theme", "Next colour theme", "Switch the window's colours: light, dark, high contrast (for a washed-out projector)",
                () -> useTheme(theme.next()), "Shortcut+T"));
        add(Action.of("library", "Library", "Show or hide the scenario library", this::toggleLibrary, "Shortcut+L"));
        add(Action.of("play", "▶ Play the story", "Play the scenario's story step by step at a visible pace; again to pause",
                session::togglePlay, "Space", "P"));
        add(Action.of("next", "Next story step ▸", "Run the next step of the story", session::nextStoryStep, "Right", "Page Down", "N"));
        add(Action.of("back", "◂ Step back", "Undo the last step: replays the schedule without it on a fresh database",
                session::stepBack, "Left", "Page Up", "Backspace"));
        add(Action.of("reset", "Reset", "Start over on a fresh database", session::reset, "Shortcut+R"));
        add(Action.of("redo", "Redo step", "Take again the step undone by step back (or by going back in the history)", session::redo,
                "Shortcut+Y", "Shift+Right"));
        add(Action.of("history", "Step history", "The schedule so far as a list: go back to the point after any step, or redo",
                () -> topBar.openHistory(), "H"));
        add(Action.of("explore", "All orders", "Explore all orders: run every order of the steps for real, with no protection and under"
                + " each protection, and count the orders that break", () -> allOrders.show(), "A"));
        add(Action.of("compare", "Compare engines", "Run the schedule so far (or the whole story) on every engine and show, step by"
                + " step, where they differ", this::showCompare, "C"));
        add(Action.of("edit", "Edit scenario", "Edit the scenario's file beside the diagram, with its problems shown as you type (a"
                + " built-in scenario opens as a copy to save as your own); Save reruns the diagram", this::editScenario, "E"));
        add(Action.of("new-scenario", "New scenario…", "Write a new scenario file from a template", editor::newScenario, "Shortcut+N"));
        add(Action.of("console", "SQL console", "Show or hide the SQL console: a statement of your own, run in a lane's transaction"
                + " as its next step (it waits if the lane would), and written into the scenario file on request", this::toggleConsole, "S"));
        add(Action.of("compare-protections", "Compare protections", "Run the schedule so far (or the whole story) under two"
                + " protections side by side: the SQL that differs, each step's answer and both verdicts", () -> allOrders.showProtections(), "V"));
        add(Action.of("engine", "Database", "Switch the database engine (H2, PostgreSQL, and MariaDB when a server is named) and replay the schedule so far on it",
                this::cycleEngine, "D"));
        add(Action.of("zoom-in", "+", "Bigger diagram text", zoom::zoomIn, "Shortcut+Plus", "Shortcut+Equals", "Shortcut+Shift+Equals", "Shortcut+Add"));
        add(Action.of("zoom-out", "−", "Smaller diagram text", zoom::zoomOut, "Shortcut+Minus", "Shortcut+Subtract"));
        add(Action.of("zoom-reset", "100 %", "Default diagram text size", zoom::reset, "Shortcut+0", "Shortcut+Numpad 0"));
        add(Action.of("quiz", "Quiz", "Quiz mode: before each step runs, say what the database will do (completes, waits for whom,"
                + " fails with what), and before the verdict which checks hold; each answer is revealed as the database answers, with a"
                + " score", quiz::toggle, "Q"));
        add(Action.of("lock-track", "Lock track", "Draw beside each lane a bar from the step that took a row lock to the end of its"
                + " transaction (in the diagram and its PNG and SVG exports)", () -> diagram.lockTrackProperty().set(!diagram.lockTrackProperty().get()), "K"));
        add(Action.of("inside", "Inside the database", "Scroll the side column to what the database holds: each lane's transaction,"
                + " its locks, who waits for whom", this::revealInside, "I"));
        add(Action.of("search", "Search", "Search the library", this::focusSearch, "Shortcut+F"));
        add(Action.of("open-files", "Open files…", "Add scenario files to the library", files::openFiles, "Shortcut+O"));
        add(Action.of("reload", "Reload scenario files", "Read every scenario file and folder again from disk, after you edited one;"
                + " the open scenario opens again from its new text", this::reload, "F5", "Shortcut+Shift+R"));
        add(Action.of("open-folder", "Open folder…", "Add a folder of scenario files to the library", files::openFolder, "Shortcut+Shift+O"));
        add(Action.of("export", "Export", "Export the diagram as it stands: PNG (1×, 2×, 3×), SVG, Mermaid, PlantUML or a Markdown handout",
                () -> exportMenu.open(), "Shortcut+E"));
        add(Action.of("copy-image", "Copy image", "Copy the diagram as it stands to the clipboard as an image", exporter::copyImage, "Shortcut+Alt+C"));
        add(Action.of("copy-mermaid", "Copy Mermaid", "Copy the diagram as it stands to the clipboard as Mermaid text", exporter::copyMermaid,
                "Shortcut+Shift+C"));
        add(Action.of("help", "?", "This help: what the window shows, and every key", () -> HelpDialog.show(root, actions.values()), "F1"));
        add(Action.of("quit", "Quit", "Close the window, even while a step waits for a lock", this::quit, "Shortcut+Q"));
    }

    private void add(Action a) {
        actions.put(a.id(), a);
    }

    public Parent root() {
        return scaled;
    }

    /** Lays {@code next}'s style sheet over the window's own (and so over dialogs opened from it). */
    public void useTheme(Theme next) {
        Scene scene = root.getScene();
        if (scene == null) return;
        if (theme.stylesheet() != null) scene.getStylesheets().remove(MainWindow.class.getResource(theme.stylesheet()).toExternalForm());
        if (next.stylesheet() != null) scene.getStylesheets().add(MainWindow.class.getResource(next.stylesheet()).toExternalForm());
        theme = next;
    }

    public Theme theme() {
        return theme;
    }

    /** True while the window is in presenter mode (F11). */
    public javafx.beans.property.ReadOnlyBooleanProperty presenterProperty() {
        return presenter.activeProperty();
    }

    /** The window's title: the open scenario's, then the app's name. */
    public javafx.beans.binding.StringExpression title() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> model.scenario() == null
                ? "Interleave — concurrent transactions, step by step" : model.scenario().title() + " — Interleave", model.scenarioProperty());
    }

    /** Adds the stylesheet and the keyboard shortcuts to the scene that shows this window. */
    public void install(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        // a short window (a 720-line projector, a small laptop) gets tighter controls, so the diagram keeps its height
        javafx.css.PseudoClass shortWindow = javafx.css.PseudoClass.getPseudoClass("short");
        Runnable fit = () -> root.pseudoClassStateChanged(shortWindow, scene.getHeight() > 0 && scene.getHeight() < StoryPanel.SHORT_WINDOW);
        scene.heightProperty().addListener(o -> fit.run());
        fit.run();
        new Shortcuts(List.copyOf(actions.values()), this::stepLane, protections::choose, this::cycleIsolation).install(scene);
    }

    /** Loads the built-in scenarios plus {@code extra} files or folders, then calls {@code then} on the FX thread. */
    /** Scrolls the side column so that the Inside-the-database panel starts at its top (or as near as the column scrolls). */
    public void revealInside() {
        root.applyCss();
        root.layout();
        double content = sideScroll.getContent().getLayoutBounds().getHeight();
        double viewport = sideScroll.getViewportBounds().getHeight();
        double top = inside.getBoundsInParent().getMinY();
        sideScroll.setVvalue(content <= viewport ? 0 : Math.min(1, top / (content - viewport)));
    }

    /** The library checks the built-in files only once {@code gate} completes (the window's first frame). */
    void holdLibraryChecksUntil(java.util.concurrent.CompletionStage<?> gate) {
        libraryModel.holdChecksUntil(gate);
    }

    public void loadLibrary(List<Path> extra, Runnable then) {
        libraryModel.load(extra, then);
    }

    /** Opens a scenario of the library by id, as a click on it does; false when there is none. */
    public boolean open(String scenarioId) {
        return library.select(scenarioId);
    }

    /**
     * Opens the scenario of {@code file} (one of the files given to {@link #loadLibrary}); when the file did not load,
     * shows it in the library with its problems. False when the library has nothing from that file.
     */
    public boolean openFile(Path file) {
        if (root.getLeft() == null) toggleLibrary();
        return library.selectFrom(file.toString());
    }

    /** The id of the scenario open now, "" for none. */
    public String openScenarioId() {
        return model.scenario() == null ? "" : model.scenario().id();
    }

    /** The file the open scenario came from, "" for a built-in one or none. */
    public String openScenarioFile() {
        org.interleave.scenario.Scenario open = model.scenario();
        return libraryModel.allEntries().stream().filter(e -> e.loaded() && e.scenario() == open && !e.builtIn())
                .map(LibraryEntry::origin).findFirst().orElse("");
    }

    /** The id of the scenario loaded from {@code file}, or "" when that file is not in the library or did not load. */
    public String scenarioIdOfFile(Path file) {
        return libraryModel.allEntries().stream().filter(e -> e.loaded() && e.origin().equals(file.toString()))
                .map(e -> e.scenario().id()).findFirst().orElse("");
    }

    /** Shows the library, filtered by {@code words}, as typing them into its search field does. */
    public void search(String words) {
        if (root.getLeft() == null) toggleLibrary();
        libraryModel.queryProperty().set(words);
    }

    public SessionController controller() {
        return session;
    }

    public ControlThread controlThread() {
        return control;
    }

    /** The stepper and the All-orders view. */
    public AllOrdersTabs allOrders() {
        return allOrders;
    }

    public Zoom zoom() {
        return zoom;
    }

    /** The live diagram. */
    public DiagramView diagram() {
        return diagram;
    }

    public ExportController exporter() {
        return exporter;
    }

    /** Reads the library's files again; the scenario open now is opened again from its file's new text. */
    private void reload() {
        String file = openScenarioFile();
        String id = openScenarioId();
        libraryModel.load(List.of(), () -> {
            if (!file.isEmpty()) openFile(Path.of(file));
            else if (!id.isEmpty()) open(id);
        });
    }

    private void editScenario() {
        String file = openScenarioFile();
        if (file.isEmpty() && model.scenario() == null) {
            editor.newScenario();
            return;
        }
        editor.edit(file.isEmpty() ? null : Path.of(file), openScenarioId());
    }

    /** A file saved in the editor: into the library, and opened again from its new text (the diagram reruns). */
    private void savedFromEditor(Path file) {
        // opening it shows the stepper with the new diagram; the editor keeps its tab for the next change
        libraryModel.load(List.of(file), () -> openFile(file));
    }

    private void showEditorTab(javafx.scene.Node view) {
        allOrders.showTab("tab-editor", "Edit scenario", view);
    }

    /** Asks before the window closes with unsaved edits in the editor; true when it may close now. */
    public boolean mayClose(Runnable closeLater) {
        return editor.mayClose(closeLater);
    }

    private void toggleConsole() {
        // not focused here: the key that opened it would be typed into its field
        console.setVisible(!console.isVisible());
    }

    /** Writes the statements typed into the consoles into the open scenario's file, then opens it again from there. */
    private void saveTypedSteps() {
        String problem = org.interleave.ui.editor.TypedStepsFile.cannotWrite(model.consoleSteps(), openScenarioFile(),
                model.protectionIdProperty().get());
        if (problem != null) {
            console.tell(problem);
            return;
        }
        Path path = Path.of(openScenarioFile());
        org.interleave.ui.editor.TypedStepsFile.write(model.consoleSteps(), model.scenario(), path, control::execute,
                session.bridge()::fx, console::tell, () -> libraryModel.load(List.of(path), () -> openFile(path)));
    }

    /** The scenario editor (tests). */
    public org.interleave.ui.editor.EditorPane editor() {
        return editor;
    }

    /** Ends the run (even one waiting for a lock) and the control thread; returns at once. */
    public void close() {
        editor.close();
        allOrders.close();
        session.close();
        exporter.close();
    }

    /** Opens a scenario; on a screen too narrow for library and diagram side by side, the library steps aside. */
    private void open(org.interleave.scenario.Scenario s) {
        session.open(s);
        allOrders.showStepper(); // a newly opened scenario is stepped, never explored out of sight
        if (root.getLeft() != null && root.getWidth() > 0 && root.getWidth() < WIDE_ENOUGH_FOR_LIBRARY) toggleLibrary();
        diagram.node().requestFocus(); // so 1, 2, arrows and Space step the run rather than move in the library
    }

    /** The diagram of the run as it stands; in a quiz, without its verdict until the checks are predicted. */
    private void showDiagram(SessionSnapshot s) {
        if (s == null) {
            diagram.show(null);
            return;
        }
        org.interleave.diagram.DiagramInput d = s.diagram();
        if (quiz.hidesResultsProperty().get() && d.verdict() != null) {
            d = new org.interleave.diagram.DiagramInput(d.plan(), d.engine(), d.events(), d.laneStates(), d.played(), null);
        }
        diagram.show(d);
    }

    /** The quiz of this window (tests and the export of its summary). */
    public org.interleave.ui.quiz.QuizController quiz() {
        return quiz;
    }

    private void stepLane(int index) {
        SessionSnapshot s = model.snapshot();
        if (s != null && index < s.lanes().size()) session.step(s.lanes().get(index).id());
    }

    private void cycleIsolation(int index) {
        SessionSnapshot s = model.snapshot();
        if (s == null || index >= s.lanes().size() || model.busyProperty().get()) return;
        LaneStatus lane = s.lanes().get(index);
        java.util.List<Isolation> offered = session.engine().offeredLevels();
        session.chooseIsolation(lane.id(), offered.get((Math.max(0, offered.indexOf(lane.isolation())) + 1) % offered.size()));
    }

    private void showCompare() {
        allOrders.showCompare();
    }

    private void cycleEngine() {
        if (model.busyProperty().get()) return;
        var choices = session.engineChoices();
        int at = choices.indexOf(session.engine().info().id());
        session.chooseEngine(choices.get((at + 1) % choices.size()));
    }

    /** Closes the window as its close button does: unsaved edits are asked about first. */
    private void quit() {
        if (root.getScene() == null || root.getScene().getWindow() == null) return;
        javafx.stage.Window w = root.getScene().getWindow();
        w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private void toggleLibrary() {
        boolean show = root.getLeft() == null;
        root.setLeft(show ? library : null);
        topBar.libraryShown(show);
    }

    private void focusSearch() {
        if (root.getLeft() == null) toggleLibrary();
        library.focusSearch();
    }
}
