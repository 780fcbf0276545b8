// Opens the editor for the window's scenario (a copy for a built-in one) or a new one from a template, and saves into the library.
package org.interleave.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/** FX thread. One editor per window, made on first use; the window's close closes it. */
public final class EditorPane implements AutoCloseable {
    static final String TEMPLATE = """
            id: my-scenario
            title: My scenario
            phenomenon: lost update
            story: |
              Two transactions read the same balance and write back what they computed from it.
            setup:
              - CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL)
              - INSERT INTO accounts VALUES (1, 100)
            lanes:
              - id: T1
                steps:
                  - { id: read, sql: SELECT balance FROM accounts WHERE id = 1, capture: { seen: balance } }
                  - { id: write, sql: "UPDATE accounts SET balance = :seen + 10 WHERE id = 1" }
                  - COMMIT
              - id: T2
                steps:
                  - { id: read, sql: SELECT balance FROM accounts WHERE id = 1, capture: { seen: balance } }
                  - { id: write, sql: "UPDATE accounts SET balance = :seen - 5 WHERE id = 1" }
                  - COMMIT
            schedule: [T1, T2, T1, T2, T1, T2]
            checks:
              - name: balance
                sql: SELECT balance FROM accounts WHERE id = 1
                expect: "105"
                explain: Both changes must count.
            """;

    private final Executor fx;
    private final Node owner;
    private final Consumer<Path> saved;
    private final Consumer<Node> show;
    private EditorModel model;
    private EditorView view;
    private Timeline looks;

    /**
     * @param saved called after a save with the file: the window loads it into the library and opens it (the diagram reruns)
     * @param show  shows the editor's view (the window's tab for it)
     */
    public EditorPane(Executor fx, Node owner, Consumer<Path> saved, Consumer<Node> show) {
        this.fx = fx;
        this.owner = owner;
        this.saved = saved;
        this.show = show;
    }

    /** Edits {@code file} (the open scenario's), or, for a built-in scenario ({@code file} null), a copy of {@code builtInId}'s text. */
    public void edit(Path file, String builtInId) {
        ensure();
        if (file != null) {
            if (!file.equals(model.fileProperty().get())) model.open(file);
        } else {
            String text = builtIn(builtInId);
            model.edit(null, text == null ? TEMPLATE : "# A copy of the built-in scenario " + builtInId + ": Save As to keep your version.\n" + text);
        }
        show.accept(view);
    }

    /** An untitled scenario from the template. */
    public void newScenario() {
        ensure();
        model.edit(null, TEMPLATE);
        show.accept(view);
    }

    /**
     * Before the window closes: with unsaved edits, asks whether to save them (then closes through {@code close}),
     * drop them, or keep the window open. True when the window may close now.
     */
    public boolean mayClose(Runnable close) {
        if (model == null || !model.dirtyProperty().get()) return true;
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType drop = new javafx.scene.control.ButtonType("Discard", javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "The scenario you are editing has changes that are not saved.", save, drop, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save your changes to " + (model.fileProperty().get() == null ? "a new file" : model.fileProperty().get().getFileName()) + "?");
        if (owner.getScene() != null) ask.initOwner(owner.getScene().getWindow());
        ask.getDialogPane().lookupButton(save).setId("unsaved-save");
        ask.getDialogPane().lookupButton(drop).setId("unsaved-discard");
        ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL).setId("unsaved-cancel");
        javafx.scene.control.ButtonType answer = ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        if (answer == drop) return true;
        if (answer == save) view.save(close);
        return false;
    }

    /** The model, for tests and for asking before the window closes. */
    public Optional<EditorModel> model() {
        return Optional.ofNullable(model);
    }

    private void ensure() {
        if (model != null) return;
        model = new EditorModel(fx, (millis, look) -> {
            looks = new Timeline(new KeyFrame(Duration.millis(millis), e -> look.run()));
            looks.setCycleCount(Timeline.INDEFINITE);
            looks.play();
        });
        view = new EditorView(model, this::chooseTarget, saved, this::newScenario);
    }

    private Optional<Path> chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the scenario as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario files", "*.yaml", "*.yml"));
        chooser.setInitialFileName("my-scenario.yaml");
        java.io.File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    private static String builtIn(String id) {
        try (InputStream in = EditorPane.class.getClassLoader().getResourceAsStream("scenarios/" + id + ".yaml")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (looks != null) looks.stop();
        if (model != null) model.close();
    }
}
