// One lane's card above the diagram: its label and state, and its next statement as the button that runs it.
package org.interleave.ui.panels;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.LaneState;
import org.interleave.ui.session.LaneStatus;

final class LaneCard extends VBox {
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final Label title = new Label();
    private final Label state = new Label();
    private final Button next = new Button();
    private LaneState shownState;

    /**
     * @param key    the key that steps this lane, e.g. "1"
     * @param onStep runs the lane's next statement
     */
    LaneCard(String laneId, String key, Runnable onStep) {
        getStyleClass().add("lane-card");
        setId("lane-" + laneId);
        title.getStyleClass().add("lane-title");
        title.setMinWidth(0);
        // A long label wraps to a second line rather than being cut; the tooltip always has it in full.
        title.setWrapText(true);
        state.getStyleClass().add("lane-state");
        state.setId("lane-state-" + laneId);
        state.setMinWidth(Region.USE_PREF_SIZE);
        next.setId("step-" + laneId);
        next.getStyleClass().add("lane-next");
        next.setMnemonicParsing(false);
        next.setMaxWidth(Double.MAX_VALUE);
        next.setWrapText(true);
        next.setAlignment(Pos.CENTER_LEFT);
        next.setOnAction(e -> onStep.run());
        next.setFocusTraversable(false);
        next.setTooltip(new Tooltip("Run " + laneId + "'s next statement (key " + key + ")"));
        Label keyHint = new Label(key);
        keyHint.getStyleClass().add("key-hint");
        keyHint.setMinWidth(Region.USE_PREF_SIZE);
        next.setGraphic(keyHint);
        HBox head = new HBox(8, title, state);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        getChildren().setAll(head, next);
    }

    void show(LaneStatus s, boolean busy) {
        title.setText(s.label());
        Tooltip tip = new Tooltip(s.label() + " — " + s.isolation().sqlName() + (s.transactional() ? ", one transaction" : ", autocommit"));
        tip.setShowDelay(javafx.util.Duration.millis(300));
        title.setTooltip(tip);
        state.setText(s.state().words());
        // why the lane failed, in plain words, with the database's own message underneath
        state.setTooltip(s.failure() == null ? null : explainTip(s.id() + ": " + s.failure().explained()));
        if (shownState != null) state.pseudoClassStateChanged(PseudoClass.getPseudoClass(shownState.id()), false);
        state.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.state().id()), true);
        shownState = s.state();
        pseudoClassStateChanged(WAITING, s.waiting());
        pseudoClassStateChanged(DONE, s.done());
        if (s.waiting()) {
            next.setText(s.id() + " cannot step: " + s.waitText());
        } else if (s.done()) {
            next.setText(s.id() + (s.state().open() ? " has no statement left" : " " + s.state().words()));
        } else if (s.endedEarly()) {
            int left = s.stepsTotal() - s.stepsDone();
            next.setText(s.id() + " " + s.state().words() + ": " + (left == 1 ? "1 step" : left + " steps") + " not run");
        } else {
            next.setText(oneLine(s.nextSql()));
        }
        next.setDisable(busy || !s.canStep());
    }

    private static Tooltip explainTip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(javafx.util.Duration.millis(200));
        return tip;
    }

    private static String oneLine(String sql) {
        return sql == null ? "" : sql.replaceAll("\\s+", " ").strip();
    }
}
