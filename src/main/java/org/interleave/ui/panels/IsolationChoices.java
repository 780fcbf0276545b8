// The isolation level of each lane, as choices beside the protections; a change replays the schedule so far.
package org.interleave.ui.panels;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.interleave.engine.IsolationSupport;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.Lane;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.LaneStatus;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;

final class IsolationChoices extends HBox {
    private static final StringConverter<Isolation> WORDS = new StringConverter<>() {
        @Override
        public String toString(Isolation i) {
            return i == null ? "" : i.sqlName();
        }

        @Override
        public Isolation fromString(String s) {
            return Isolation.parse(s).orElse(null);
        }
    };

    /** Marks a level the engine runs as another one (PostgreSQL's READ UNCOMMITTED). */
    private static final javafx.css.PseudoClass RUNS_OTHERWISE = javafx.css.PseudoClass.getPseudoClass("runs-otherwise");
    private final SessionController controller;
    private final Map<String, ComboBox<Isolation>> boxes = new LinkedHashMap<>();
    private boolean updating;

    IsolationChoices(SessionController controller) {
        super(6);
        this.controller = controller;
        getStyleClass().add("isolation-choices");
        setAlignment(Pos.CENTER_LEFT);
        controller.model().snapshotProperty().addListener((o, was, now) -> show(now));
        controller.model().busyProperty().addListener((o, was, now) -> boxes.values().forEach(b -> b.setDisable(now)));
    }

    void rebuild(Scenario s) {
        boxes.clear();
        getChildren().clear();
        if (s == null) return;
        Label caption = new Label("Isolation:");
        caption.getStyleClass().add("bar-caption");
        getChildren().add(caption);
        int n = 1;
        for (Lane lane : s.lanes()) {
            String id = lane.id();
            ComboBox<Isolation> box = new ComboBox<>();
            box.getItems().setAll(controller.engine().offeredLevels());
            box.setConverter(WORDS);
            box.setId("isolation-" + id);
            box.setFocusTraversable(false);
            box.setValue(lane.isolation());
            box.setTooltip(new Tooltip("Isolation level of " + id + "; changing it replays the schedule so far (Alt+Shift+" + n++ + ")"));
            box.valueProperty().addListener((o, was, now) -> {
                if (!updating && now != null) controller.chooseIsolation(id, now);
            });
            Label name = new Label(id);
            name.getStyleClass().add("isolation-lane");
            boxes.put(id, box);
            getChildren().addAll(name, box);
        }
    }

    private void show(SessionSnapshot s) {
        if (s == null) return;
        updating = true;
        for (LaneStatus lane : s.lanes()) {
            ComboBox<Isolation> box = boxes.get(lane.id());
            if (box == null) continue;
            java.util.List<Isolation> offered = controller.engine().offeredLevels();
            if (!box.getItems().equals(offered)) box.getItems().setAll(offered); // the engine changed: its own levels
            box.setValue(lane.isolation());
            IsolationSupport support = controller.engine().isolation(lane.isolation());
            String runsAs = support.sameAsAsked() ? "" : "\n" + s.engine().id().productName() + " runs it as " + support.runsAs().sqlName() + ".";
            String note = support.note() == null ? "" : "\n" + support.note() + ".";
            box.getTooltip().setText("Isolation level of " + lane.id() + "; changing it replays the schedule so far" + runsAs + note);
            box.pseudoClassStateChanged(RUNS_OTHERWISE, !support.sameAsAsked());
        }
        updating = false;
    }
}
