// The scenario library: a search field, the scenarios grouped by phenomenon, failed files listed with their errors.
package org.interleave.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.scenario.Scenario;

public final class LibraryView extends VBox {
    private final LibraryModel model;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("library"));
    private final Label problems = new Label();
    /** The problems of a file that does not load, every one of them, scrolled when there are many. */
    private final javafx.scene.control.ScrollPane problemsScroll = new javafx.scene.control.ScrollPane(problems);
    private boolean rebuilding;
    private final Consumer<Scenario> onOpen;

    /**
     * @param onOpen        opens a scenario that loaded
     * @param openFiles     asks for scenario files to add
     * @param openFolder    asks for a folder of scenario files to add
     */
    public LibraryView(LibraryModel model, Consumer<Scenario> onOpen, Runnable openFiles, Runnable openFolder) {
        super(8);
        this.model = model;
        this.onOpen = onOpen;
        getStyleClass().add("library");
        setId("library");
        Label title = new Label("Scenarios");
        title.getStyleClass().add("panel-title");
        search.setPromptText("Search: lost update, credits, ledger…");
        search.setId("library-search");
        search.textProperty().bindBidirectional(model.queryProperty());
        tree.setShowRoot(false);
        tree.setId("library-tree");
        tree.setCellFactory(t -> new LibraryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        problems.getStyleClass().add("library-problems");
        problems.setId("library-problems");
        problems.setWrapText(true);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problemsScroll.setFitToWidth(true);
        problemsScroll.setMaxHeight(240);
        problemsScroll.getStyleClass().add("library-problems-scroll");
        problemsScroll.setVisible(false);
        problemsScroll.setManaged(false);
        Button files = new Button("Open files…");
        files.setOnAction(e -> openFiles.run());
        files.setTooltip(new Tooltip("Add scenario files (.yaml) or PostgreSQL isolation specs (.spec) to the library (Ctrl+O)"));
        Button folder = new Button("Open folder…");
        folder.setOnAction(e -> openFolder.run());
        folder.setTooltip(new Tooltip("Add every scenario file of a folder to the library (Ctrl+Shift+O)"));
        HBox buttons = new HBox(6, files, folder);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label loading = new Label("Loading the scenarios…");
        loading.getStyleClass().add("panel-hint");
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        getChildren().setAll(title, search, loading, tree, problemsScroll, buttons);
        model.shownEntries().addListener((ListChangeListener<LibraryEntry>) c -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (rebuilding || now == null) return;
            if (now.getValue() instanceof LibraryEntry e) {
                showProblems(e);
                if (e.loaded()) onOpen.accept(e.scenario());
            }
        });
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects the entry of a scenario id, which opens it; false when the library has no such scenario. */
    public boolean select(String scenarioId) {
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue() instanceof LibraryEntry e && e.loaded() && e.scenario().id().equals(scenarioId)) {
                    tree.getSelectionModel().select(item);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Selects the first entry that came from {@code origin} (a file as it was given to the library): a scenario that
     * loaded opens, a file that did not shows its problems. False when the library has nothing from there.
     */
    public boolean selectFrom(String origin) {
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue() instanceof LibraryEntry e && e.origin().equals(origin)) {
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(Math.max(0, tree.getRow(item)));
                    return true;
                }
            }
        }
        return false;
    }

    private void showProblems(LibraryEntry e) {
        boolean failed = !e.loaded() && !e.checking();
        problems.setText(failed ? e.origin() + " does not load:\n" + String.join("\n", e.problems().stream().distinct().toList()) : "");
        problemsScroll.setVisible(failed);
        problemsScroll.setManaged(failed);
        problemsScroll.setVvalue(0);
    }

    private void rebuild() {
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null : tree.getSelectionModel().getSelectedItem().getValue();
        Map<String, List<LibraryEntry>> groups = new TreeMap<>((a, b) -> {
            boolean fa = a.equals(LibraryEntry.NOT_LOADED);
            boolean fb = b.equals(LibraryEntry.NOT_LOADED);
            return fa != fb ? (fa ? 1 : -1) : a.compareToIgnoreCase(b);
        });
        for (LibraryEntry e : model.shownEntries()) groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
        List<TreeItem<Object>> items = new ArrayList<>();
        TreeItem<Object> reselect = null;
        // a click on an entry still being checked opens it once its file is checked
        LibraryEntry awaited = selected instanceof LibraryEntry was && was.checking() ? was : null;
        for (Map.Entry<String, List<LibraryEntry>> g : groups.entrySet()) {
            TreeItem<Object> group = new TreeItem<>(g.getKey());
            group.setExpanded(true);
            for (LibraryEntry e : g.getValue()) {
                TreeItem<Object> item = new TreeItem<>(e);
                group.getChildren().add(item);
                if (e.equals(selected) || awaited != null && e.title().equals(awaited.title()) && e.origin().equals(awaited.origin())) reselect = item;
            }
            items.add(group);
        }
        rebuilding = true;
        tree.getRoot().getChildren().setAll(items);
        if (reselect != null) tree.getSelectionModel().select(reselect);
        else tree.getSelectionModel().clearSelection();
        rebuilding = false;
        if (awaited != null && reselect != null && reselect.getValue() instanceof LibraryEntry now && !now.checking()) {
            showProblems(now);
            if (now.loaded()) onOpen.accept(now.scenario());
        }
    }
}
