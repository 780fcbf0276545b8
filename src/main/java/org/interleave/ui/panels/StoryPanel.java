// The chosen scenario's title, phenomenon and story, shown above the diagram; where it comes from is the title's tooltip.
// Neither goes stale: under a protection the paragraph tells the protection, and the chip follows the verdict.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionViewModel;

public final class StoryPanel extends VBox {
    private static final javafx.css.PseudoClass PREVENTED = javafx.css.PseudoClass.getPseudoClass("prevented");
    private static final javafx.css.PseudoClass AT_A_PRICE = javafx.css.PseudoClass.getPseudoClass("at-a-price");
    private static final javafx.css.PseudoClass CLAMPED = javafx.css.PseudoClass.getPseudoClass("clamped");
    /** Below this window height the story shows {@link #SHORT_LINES} lines until clicked: the diagram needs the room. */
    public static final double SHORT_WINDOW = 860;
    static final int SHORT_LINES = 2;
    private boolean expanded;
    private final SessionViewModel model;
    private final Label title = new Label("Interleave");
    private final Label phenomenon = new Label();
    private final Label story = new Label("Two transactions, one database, stepped by hand. Pick a scenario in the library to begin.");

    public StoryPanel(SessionViewModel model) {
        this.model = model;
        getStyleClass().add("story-panel");
        setId("story-panel");
        title.getStyleClass().add("story-title");
        title.setId("story-title");
        phenomenon.getStyleClass().add("phenomenon-chip");
        phenomenon.setId("phenomenon-chip");
        story.getStyleClass().add("story-text");
        story.setId("story-text");
        story.setWrapText(true);
        story.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        story.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        story.setOnMouseClicked(e -> {
            expanded = !expanded;
            fitToWindow();
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) now.heightProperty().addListener((h, a, b) -> fitToWindow());
            fitToWindow();
        });
        story.fontProperty().addListener((o, was, now) -> fitToWindow());
        HBox head = new HBox(12, title, phenomenon);
        head.setAlignment(Pos.BASELINE_LEFT);
        phenomenon.setVisible(false);
        getChildren().setAll(head, story);
        model.scenarioProperty().addListener((o, was, now) -> show(now));
        model.protectionIdProperty().addListener((o, was, now) -> show(model.scenario()));
        model.snapshotProperty().addListener((o, was, now) -> showOutcome());
    }

    /** The title and phenomenon chip as one small line, for presenter mode, where this panel steps aside. */
    public javafx.scene.Node compactTitle() {
        Label t = new Label();
        t.textProperty().bind(title.textProperty());
        t.getStyleClass().add("compact-title");
        t.setId("compact-title-text");
        Label chip = new Label();
        chip.textProperty().bind(phenomenon.textProperty());
        chip.visibleProperty().bind(phenomenon.visibleProperty());
        chip.getStyleClass().addAll("phenomenon-chip", "compact-chip");
        phenomenon.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<javafx.css.PseudoClass>) c -> {
            if (c.wasAdded()) chip.pseudoClassStateChanged(c.getElementAdded(), true);
            if (c.wasRemoved()) chip.pseudoClassStateChanged(c.getElementRemoved(), false);
        });
        HBox line = new HBox(8, t, chip);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("compact-title-line");
        line.setId("compact-title");
        return line;
    }

    /** The story's paragraph, which presenter mode leaves out (the teacher tells it). */
    public javafx.scene.Node paragraph() {
        return story;
    }

    /** On a short window, the paragraph keeps two lines (ending in "…") until it is clicked; a tall one shows it all. */
    private void fitToWindow() {
        boolean shortWindow = getScene() != null && getScene().getHeight() > 0 && getScene().getHeight() < SHORT_WINDOW;
        boolean clamp = shortWindow && !expanded;
        double lineHeight = story.getFont().getSize() * 1.35;
        story.setMinHeight(clamp ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : javafx.scene.layout.Region.USE_PREF_SIZE);
        story.setMaxHeight(clamp ? Math.ceil(SHORT_LINES * lineHeight) : Double.MAX_VALUE);
        story.pseudoClassStateChanged(CLAMPED, clamp);
    }

    /** True when the story shows only its first lines (a short window, not clicked open). */
    public boolean clamped() {
        return story.getPseudoClassStates().contains(CLAMPED);
    }

    private void show(Scenario s) {
        if (s == null) return;
        expanded = false;
        title.setText(s.title());
        phenomenon.setText(s.phenomenon());
        phenomenon.setVisible(!s.phenomenon().isBlank());
        // the course write-up it comes from, for the curious: not on the title line a class reads
        String from = s.source().describe();
        title.setTooltip(from.isBlank() ? null : new javafx.scene.control.Tooltip("From the course write-up " + from));
        String told = s.story().replaceAll("\\s*\\n\\s*", " ").strip();
        var protection = s.protection(model.protectionIdProperty().get());
        if (protection.isPresent()) {
            // the story tells what goes wrong without protection; with one on, say what the protection does instead
            String explain = protection.get().explain() == null || protection.get().explain().isBlank() ? "" : ": " + protection.get().explain().strip();
            story.setText("With " + protection.get().title() + explain);
            story.setTooltip(new javafx.scene.control.Tooltip("Without protection: " + told));
        } else {
            story.setText(told);
            javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(told);
            whole.setWrapText(true);
            whole.setMaxWidth(640);
            story.setTooltip(whole);
        }
        showOutcome();
    }

    /** The chip says what the run shows: the phenomenon, or "no lost update" (and at what price) once a verdict says so. */
    private void showOutcome() {
        Scenario s = model.scenario();
        if (s == null) return;
        var snapshot = model.snapshot();
        var v = snapshot == null ? null : snapshot.verdict();
        boolean prevented = v != null && !v.scenarioError() && v.outcome() == org.interleave.scenario.Outcome.SAFE;
        boolean price = v != null && !v.scenarioError() && v.outcome() == org.interleave.scenario.Outcome.ABORTED;
        phenomenon.setText(prevented ? "no " + s.phenomenon() : price ? "no " + s.phenomenon() + ", at a price" : s.phenomenon());
        phenomenon.pseudoClassStateChanged(PREVENTED, prevented);
        phenomenon.pseudoClassStateChanged(AT_A_PRICE, price);
    }
}
