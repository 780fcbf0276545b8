// The database switch beside the protections: H2 or PostgreSQL; switching replays the schedule so far on the other engine.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.interleave.engine.EngineInfo;
import org.interleave.scenario.EngineId;
import org.interleave.ui.session.SessionController;

final class EnginePicker extends HBox {
    private final SessionController controller;
    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    EnginePicker(SessionController controller, Runnable compare) {
        super(0);
        this.controller = controller;
        getStyleClass().add("engine-picker");
        setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label("Database:");
        caption.getStyleClass().add("bar-caption");
        getChildren().add(caption);
        for (EngineId id : controller.engineChoices()) getChildren().add(toggle(id));
        javafx.scene.control.Button compareButton = new javafx.scene.control.Button("⇆ Compare");
        compareButton.setId("compare-engines");
        compareButton.getStyleClass().add("compare-button");
        compareButton.setFocusTraversable(false);
        compareButton.setMnemonicParsing(false);
        compareButton.setOnAction(e -> compare.run());
        compareButton.disableProperty().bind(controller.model().busyProperty());
        Tooltip compareTip = new Tooltip("Run the schedule so far (or the whole story) on every engine and show, step by step, where they"
                + " differ (C)");
        compareTip.setWrapText(true);
        compareTip.setMaxWidth(480);
        compareButton.setTooltip(compareTip);
        getChildren().add(compareButton);
        show(controller.engine().info());
        controller.model().engineProperty().addListener((o, was, now) -> show(now));
        controller.model().busyProperty().addListener((o, was, now) -> group.getToggles().forEach(t -> ((ToggleButton) t).setDisable(now)));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) group.selectToggle(was);
                return;
            }
            if (!updating) controller.chooseEngine((EngineId) now.getUserData());
        });
    }

    private ToggleButton toggle(EngineId id) {
        ToggleButton b = new ToggleButton(id.productName());
        b.setId("engine-" + id.key());
        b.setUserData(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.getStyleClass().add("engine-toggle");
        Tooltip tip = new Tooltip("Run every statement on " + id.productName() + "; switching replays the schedule so far there (D)");
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(300));
        b.setTooltip(tip);
        return b;
    }

    private void show(EngineInfo engine) {
        if (engine == null) return;
        updating = true;
        group.getToggles().stream().filter(t -> t.getUserData() == engine.id()).findFirst().ifPresent(group::selectToggle);
        updating = false;
    }
}
