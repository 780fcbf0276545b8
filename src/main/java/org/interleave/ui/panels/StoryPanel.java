// The chosen scenario's title, phenomenon and story, shown above the diagram; where it comes from is the title's tooltip.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionViewModel;

public final class StoryPanel extends VBox {
    private final Label title = new Label("Interleave");
    private final Label phenomenon = new Label();
    private final Label story = new Label("Two transactions, one database, stepped by hand. Pick a scenario in the library to begin.");

    public StoryPanel(SessionViewModel model) {
        getStyleClass().add("story-panel");
        title.getStyleClass().add("story-title");
        title.setId("story-title");
        phenomenon.getStyleClass().add("phenomenon-chip");
        story.getStyleClass().add("story-text");
        story.setId("story-text");
        story.setWrapText(true);
        story.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, phenomenon);
        head.setAlignment(Pos.BASELINE_LEFT);
        phenomenon.setVisible(false);
        getChildren().setAll(head, story);
        model.scenarioProperty().addListener((o, was, now) -> show(now));
    }

    /** The story's paragraph, which presenter mode leaves out (the teacher tells it). */
    public javafx.scene.Node paragraph() {
        return story;
    }

    private void show(Scenario s) {
        if (s == null) return;
        title.setText(s.title());
        phenomenon.setText(s.phenomenon());
        phenomenon.setVisible(!s.phenomenon().isBlank());
        // the course write-up it comes from, for the curious: not on the title line a class reads
        String from = s.source().describe();
        title.setTooltip(from.isBlank() ? null : new javafx.scene.control.Tooltip("From the course write-up " + from));
        story.setText(s.story().replaceAll("\\s*\\n\\s*", " ").strip());
    }
}
