// The scenario editor: a code area with YAML and SQL colours, the loader's problems at their lines as one types, Save and reload.
package org.interleave.ui.editor;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.interleave.scenario.Problem;

public final class EditorView extends VBox {
    private final EditorModel model;
    private final CodeArea area = new CodeArea();
    private final VBox problemList = new VBox(2);
    private final Label status = new Label();
    private final Supplier<Optional<Path>> chooseTarget;
    private final Consumer<Path> saved;
    private final Runnable newFromTemplate;
    private boolean syncing;

    /**
     * @param chooseTarget asks where to save (Save As, or an untitled buffer); empty when the user cancels
     * @param saved        called on the FX thread after a save, with the file: the window reloads it and reruns the diagram
     */
    public EditorView(EditorModel model, Supplier<Optional<Path>> chooseTarget, Consumer<Path> saved, Runnable newFromTemplate) {
        super(6);
        this.model = model;
        this.chooseTarget = chooseTarget;
        this.saved = saved;
        this.newFromTemplate = newFromTemplate;
        setId("editor");
        getStyleClass().add("editor");
        area.setId("editor-area");
        area.getStyleClass().add("editor-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(false);
        area.textProperty().addListener((o, was, now) -> {
            area.setStyleSpans(0, YamlSqlHighlighter.spans(now));
            if (!syncing) model.textProperty().set(now);
        });
        model.textProperty().addListener((o, was, now) -> showText(now));
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) c -> showProblems());
        model.checkedProperty().addListener((o, was, now) -> showProblems());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        status.setId("editor-status");
        status.getStyleClass().add("editor-status");
        problemList.setId("editor-problems");
        getChildren().addAll(bar(), diskBanner(), scroll, status, problemList);
        showText(model.textProperty().get());
        showProblems();
    }

    private HBox bar() {
        Label file = new Label();
        file.setId("editor-file");
        file.getStyleClass().add("editor-file");
        Runnable name = () -> file.setText((model.fileProperty().get() == null ? "untitled (Save As to keep it)"
                : model.fileProperty().get().toString()) + (model.dirtyProperty().get() ? "  ● unsaved" : ""));
        model.fileProperty().addListener(o -> name.run());
        model.dirtyProperty().addListener(o -> name.run());
        name.run();
        Button fresh = button("New from template", "editor-new", newFromTemplate);
        Button save = button("Save", "editor-save", this::save);
        Button saveAs = button("Save As…", "editor-save-as", this::saveAs);
        Button reload = button("Reload from disk", "editor-reload", model::reloadFromDisk);
        reload.disableProperty().bind(model.fileProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, file, spacer, fresh, save, saveAs, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox diskBanner() {
        Label words = new Label("The file changed on disk while you were editing it. Your edits are kept until you choose.");
        words.setWrapText(true);
        Button take = button("Reload from disk (drop my edits)", "editor-take-disk", model::reloadFromDisk);
        Button keep = button("Keep my edits", "editor-keep", model::keepEdits);
        HBox banner = new HBox(8, words, take, keep);
        banner.setId("editor-disk-banner");
        banner.getStyleClass().add("editor-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.changedOnDiskProperty());
        banner.managedProperty().bind(model.changedOnDiskProperty());
        return banner;
    }

    /** Saves to the file being edited; an untitled buffer asks where first. */
    public void save() {
        save(() -> {});
    }

    /** Saves, then calls {@code then} once the file is written (not when the save failed or was cancelled). */
    public void save(Runnable then) {
        Path target = model.fileProperty().get();
        if (target == null) {
            saveAs(then);
            return;
        }
        model.saveAs(target, problem -> afterSave(target, problem, then));
    }

    public void saveAs() {
        saveAs(() -> {});
    }

    private void saveAs(Runnable then) {
        chooseTarget.get().ifPresent(target -> model.saveAs(target, problem -> afterSave(target, problem, then)));
    }

    private void afterSave(Path target, String problem, Runnable then) {
        if (problem != null) {
            status.setText(problem);
            return;
        }
        saved.accept(target);
        then.run();
    }

    private void showText(String text) {
        if (text.equals(area.getText())) return;
        syncing = true;
        try {
            area.replaceText(text);
            area.moveTo(0); // a file opened or reloaded is read from its top
            area.showParagraphAtTop(0);
        } finally {
            syncing = false;
        }
    }

    private void showProblems() {
        List<Problem> problems = List.copyOf(model.problems());
        boolean checked = model.checkedProperty().get();
        status.setText(!checked ? "Checking…" : problems.isEmpty() ? "No problems: the file loads as a scenario."
                : problems.size() == 1 ? "1 problem:" : problems.size() + " problems:");
        problemList.getChildren().clear();
        Set<Integer> lines = new HashSet<>();
        int n = 1;
        for (Problem p : problems) {
            Label l = new Label(p.pos().line() + ":" + p.pos().column() + ": " + p.message());
            l.setId("editor-problem-" + n++);
            l.getStyleClass().add("editor-problem");
            l.setWrapText(true);
            l.setOnMouseClicked(e -> moveTo(p));
            problemList.getChildren().add(l);
            if (p.pos().line() > 0) lines.add(p.pos().line() - 1);
        }
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            area.setParagraphStyle(i, lines.contains(i) ? List.of("problem-line") : List.of());
        }
    }

    private void moveTo(Problem p) {
        int line = Math.max(0, Math.min(p.pos().line() - 1, area.getParagraphs().size() - 1));
        int column = Math.max(0, Math.min(p.pos().column() - 1, area.getParagraph(line).length()));
        area.moveTo(line, column);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private static Button button(String words, String id, Runnable run) {
        Button b = new Button(words);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.run());
        return b;
    }
}
