// A lane's SQL console: a statement of one's own, run as the lane's next step of the run, and written into the file on request.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;

public final class ConsoleBar extends VBox {
    private final SessionController controller;
    private final ComboBox<String> lane = new ComboBox<>();
    private final TextField sql = new TextField();
    private final Label message = new Label();

    /** @param save writes the statements typed so far into the scenario's file */
    public ConsoleBar(SessionController controller, Runnable save) {
        super(4);
        this.controller = controller;
        setId("console");
        getStyleClass().add("console-bar");
        Label caption = new Label("SQL console:");
        caption.getStyleClass().add("bar-caption");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lane.setId("console-lane");
        lane.setFocusTraversable(false);
        sql.setId("console-sql");
        sql.setPromptText("a statement of your own, run as the lane's next step (Enter)");
        sql.setOnAction(e -> run());
        HBox.setHgrow(sql, Priority.ALWAYS);
        Button run = new Button("Run");
        run.setId("console-run");
        run.setFocusTraversable(false);
        run.setOnAction(e -> run());
        Button keep = new Button("Save into the file");
        keep.setId("console-save");
        keep.setFocusTraversable(false);
        keep.setOnAction(e -> save.run());
        HBox line = new HBox(8, caption, lane, sql, run, keep);
        line.setAlignment(Pos.CENTER_LEFT);
        message.setId("console-message");
        message.getStyleClass().add("console-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(line, message);
        controller.model().snapshotProperty().addListener((o, was, now) -> lanes(now));
        lanes(controller.model().snapshot());
    }

    /** Says how the last statement went, or how saving went. */
    public void tell(String words) {
        message.setText(words);
    }

    private void lanes(SessionSnapshot s) {
        java.util.List<String> ids = s == null ? java.util.List.of() : s.plan().laneIds();
        if (!lane.getItems().equals(ids)) {
            String was = lane.getValue();
            lane.getItems().setAll(ids);
            lane.setValue(ids.contains(was) ? was : ids.isEmpty() ? null : ids.get(0));
        }
    }

    private void run() {
        if (lane.getValue() == null || sql.getText().isBlank()) return;
        java.util.Optional<String> refused = controller.runTyped(lane.getValue(), sql.getText());
        if (refused.isPresent()) {
            message.setText("Not run: " + refused.get());
            return;
        }
        message.setText(lane.getValue() + " runs it as its next step; \"Save into the file\" writes it into the scenario.");
        sql.clear();
    }
}
