// The named schedules of a scenario (`schedules:`, a spec's permutations) as one choice beside the protections.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.interleave.scenario.NamedSchedule;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionController;

final class ScheduleChoice extends HBox {
    /** The item for the schedule the file gives under `schedule:`, when it has one besides its named ones. */
    private static final String AS_WRITTEN = "";
    private final SessionController controller;
    private final ComboBox<String> box = new ComboBox<>();
    private boolean updating;

    ScheduleChoice(SessionController controller) {
        super(6);
        this.controller = controller;
        getStyleClass().add("schedule-choice");
        setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label("Schedule:");
        caption.getStyleClass().add("bar-caption");
        box.setId("schedule-choice");
        box.setFocusTraversable(false);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : name.equals(AS_WRITTEN) ? "as written" : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setTooltip(new Tooltip("The order the steps run in; a schedule that names steps also says which steps each lane runs."
                + " Choosing one starts the run again from the beginning."));
        box.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) controller.chooseSchedule(now.equals(AS_WRITTEN) ? null : now);
        });
        controller.model().busyProperty().addListener((o, was, now) -> box.setDisable(now));
        controller.model().scheduleNameProperty().addListener((o, was, now) -> select(controller.model().scenario(), now));
        getChildren().addAll(caption, box);
    }

    /** Shows the scenario's schedules; returns false when it has no named ones (the choice is then left off the bar). */
    boolean rebuild(Scenario s) {
        updating = true;
        box.getItems().clear();
        if (s != null && !s.schedules().isEmpty()) {
            if (s.defaultScheduleName().isEmpty()) box.getItems().add(AS_WRITTEN);
            for (NamedSchedule named : s.schedules()) box.getItems().add(named.name());
            select(s, controller.model().scheduleNameProperty().get());
        }
        updating = false;
        return !box.getItems().isEmpty();
    }

    private void select(Scenario s, String name) {
        if (s == null) return;
        boolean was = updating;
        updating = true;
        box.setValue(name != null ? name : s.defaultScheduleName().orElse(AS_WRITTEN));
        updating = was;
    }
}
