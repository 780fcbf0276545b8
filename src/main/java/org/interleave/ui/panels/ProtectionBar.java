// The protection switch: one toggle per protection of the scenario (and "No protection"), each explained in its tooltip.
package org.interleave.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionController;

public final class ProtectionBar extends FlowPane {
    private final SessionController controller;
    private final ToggleGroup group = new ToggleGroup();
    private final IsolationChoices isolation;
    private final ScheduleChoice schedules;
    private final EnginePicker engines;
    private boolean updating;
    /** Shown before the protections (presenter mode's compact title), or null. */
    private javafx.scene.Node lead;

    /** @param compare opens the Compare-engines view */
    public ProtectionBar(SessionController controller, Runnable compare) {
        super(6, 6);
        this.controller = controller;
        this.isolation = new IsolationChoices(controller);
        this.schedules = new ScheduleChoice(controller);
        this.engines = new EnginePicker(controller, compare);
        getStyleClass().add("protection-bar");
        setAlignment(Pos.CENTER_LEFT);
        controller.model().scenarioProperty().addListener((o, was, now) -> rebuild(now));
        controller.model().protectionIdProperty().addListener((o, was, now) -> select(now));
        controller.model().busyProperty().addListener((o, was, now) -> group.getToggles().forEach(t -> ((ToggleButton) t).setDisable(now)));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) group.selectToggle(was); // one protection is always chosen
                return;
            }
            if (!updating) controller.chooseProtection((String) now.getUserData());
        });
    }

    /** Puts {@code node} first on the bar, before "Protection:" (it stays there across scenarios). */
    public void setLead(javafx.scene.Node node) {
        lead = node;
        if (!getChildren().contains(node)) getChildren().add(0, node);
    }

    /** The isolation pickers and the engine picker: keys reach them too (Alt+Shift+1, D), so presenter mode leaves them out. */
    public java.util.List<javafx.scene.Node> pickers() {
        return java.util.List.of(isolation, engines);
    }

    private void rebuild(Scenario s) {
        updating = true;
        group.getToggles().clear();
        getChildren().clear();
        if (lead != null) getChildren().add(lead);
        if (s != null) {
            Label caption = new Label("Protection:");
            caption.getStyleClass().add("bar-caption");
            getChildren().add(caption);
            getChildren().add(toggle(RunPlan.UNPROTECTED, "No protection",
                    "The scenario as its story tells it: nothing stops the " + (s.phenomenon().isBlank() ? "anomaly" : s.phenomenon()) + ".", 0));
            int n = 1;
            for (Protection p : s.protections()) {
                String explain = p.explain() == null || p.explain().isBlank() ? p.title() : p.explain();
                getChildren().add(toggle(p.id(), p.title(), explain, n++));
            }
            select(controller.model().protectionIdProperty().get());
            isolation.rebuild(s);
            if (schedules.rebuild(s)) getChildren().add(schedules);
            getChildren().addAll(isolation, engines);
        }
        updating = false;
    }

    private ToggleButton toggle(String id, String title, String explain, int key) {
        ToggleButton b = new ToggleButton(title);
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.setId("protection-" + id);
        b.setUserData(id);
        b.setToggleGroup(group);
        b.getStyleClass().add("protection-toggle");
        Tooltip tip = new Tooltip(explain + (key <= 9 ? "\n(Alt+" + key + ")" : ""));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(300));
        b.setTooltip(tip);
        return b;
    }

    private void select(String id) {
        boolean was = updating;
        updating = true;
        group.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst().ifPresent(group::selectToggle);
        updating = was;
    }

    /** Chooses the protection at {@code index} (0 = none), as Alt+digit does. */
    public void choose(int index) {
        if (index < group.getToggles().size()) group.selectToggle(group.getToggles().get(index));
    }
}
