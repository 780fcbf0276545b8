// The toolbar: library, play, step, back, reset, the schedule so far, zoom and help, each with its keys in the tooltip.
package org.interleave.ui;

import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.interleave.ui.diagram.Zoom;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

final class TopBar extends HBox {
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    /**
     * Below this toolbar width the "Schedule so far:" caption and the zoom buttons are left out (Ctrl +/- and the View
     * menu zoom still) and two buttons say less, so that the schedule so far is shown whole.
     */
    private static final double CAPTION_FROM_WIDTH = 1440;

    private final Label schedule = new Label();
    private final Label storyRest = new Label();
    private final ToggleButton library = new ToggleButton("Library");
    private java.util.function.Supplier<javafx.scene.control.ContextMenu> history;

    TopBar(Map<String, Action> actions, SessionViewModel model, Zoom zoom, javafx.scene.control.Control export) {
        super(8);
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
        library.setId("library-toggle");
        library.setSelected(true);
        library.setOnAction(e -> actions.get("library").run().run());
        library.setFocusTraversable(false);
        tip(library, actions.get("library"));
        Button play = button(actions.get("play"));
        play.setId("play");
        play.getStyleClass().add("accent");
        Button next = button(actions.get("next"));
        Button back = button(actions.get("back"));
        back.setId("step-back");
        Button reset = button(actions.get("reset"));
        reset.setId("reset");
        Button explore = button(actions.get("explore"));
        explore.setId("explore-all");
        explore.disableProperty().bind(model.scenarioProperty().isNull());
        model.playingProperty().addListener((o, was, now) -> {
            play.setText(now ? "❚❚ Pause" : actions.get("play").words());
            play.pseudoClassStateChanged(PLAYING, now);
        });
        for (Button b : List.of(play, next, back, reset)) {
            b.disableProperty().bind(model.scenarioProperty().isNull().or(model.busyProperty()));
        }
        Label caption = new Label("Schedule so far:");
        caption.getStyleClass().add("bar-caption");
        schedule.setId("schedule");
        schedule.getStyleClass().add("schedule");
        storyRest.getStyleClass().add("schedule-rest");
        storyRest.setTooltip(new Tooltip("The rest of the story: what \"Play the story\" and \"Next story step\" run"));
        Label busy = new Label("replaying on a fresh database…");
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setMinWidth(0);
        // On a narrow window the caption steps aside first; the schedule then keeps its latest steps, and the rest of
        // the story only takes room that is left over.
        javafx.beans.binding.BooleanBinding wide = widthProperty().greaterThanOrEqualTo(CAPTION_FROM_WIDTH);
        caption.visibleProperty().bind(wide);
        caption.managedProperty().bind(caption.visibleProperty());
        next.textProperty().bind(javafx.beans.binding.Bindings.when(wide).then(actions.get("next").words()).otherwise("Next ▸"));
        back.textProperty().bind(javafx.beans.binding.Bindings.when(wide).then(actions.get("back").words()).otherwise("◂ Back"));
        schedule.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Tooltip scheduleTip = new Tooltip();
        scheduleTip.textProperty().bind(javafx.beans.binding.Bindings.concat("Schedule so far: ", schedule.textProperty(),
                "\nClick it to go back to any point, or to redo a step undone (H)"));
        schedule.setTooltip(scheduleTip);
        storyRest.setPrefWidth(0);
        storyRest.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(storyRest, Priority.ALWAYS);
        Button out = button(actions.get("zoom-out"));
        Button in = button(actions.get("zoom-in"));
        Label percent = new Label(zoom.percent());
        percent.setId("zoom-percent");
        percent.getStyleClass().add("zoom-percent");
        percent.setOnMouseClicked(e -> actions.get("zoom-reset").run().run());
        tip(percent, actions.get("zoom-reset"));
        zoom.scaleProperty().addListener((o, was, now) -> percent.setText(zoom.percent()));
        for (javafx.scene.Node z : List.of(out, percent, in)) {
            z.visibleProperty().bind(wide);
            z.managedProperty().bind(wide);
        }
        Button help = button(actions.get("help"));
        Button present = button(actions.get("presenter"));
        present.setText("Present");
        present.setId("present");
        tip(export, actions.get("export"));
        for (javafx.scene.control.Control c : List.of(library, play, next, back, reset, explore, caption, out, in, help, present, percent, export)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        schedule.setMinWidth(60);
        storyRest.setMinWidth(0);
        getChildren().setAll(library, new Separator(javafx.geometry.Orientation.VERTICAL), play, next, back, reset, explore,
                new Separator(javafx.geometry.Orientation.VERTICAL), caption, schedule, storyRest, busy, export, out, percent, in, present, help);
        model.snapshotProperty().addListener((o, was, now) -> showSchedule(now));
        showSchedule(null);
    }

    /** Clicking the schedule so far opens {@code menu} (its history: jump to any point, redo) below it. */
    void onScheduleClicked(java.util.function.Supplier<javafx.scene.control.ContextMenu> menu) {
        schedule.setOnMouseClicked(e -> openHistory(menu));
        history = menu;
    }

    /** Opens the schedule's history menu below the schedule so far. */
    void openHistory() {
        if (history != null) openHistory(history);
    }

    private void openHistory(java.util.function.Supplier<javafx.scene.control.ContextMenu> menu) {
        javafx.scene.control.ContextMenu shown = menu.get();
        if (shown != null) shown.show(schedule, javafx.geometry.Side.BOTTOM, 0, 4);
    }

    void libraryShown(boolean shown) {
        library.setSelected(shown);
    }

    private void showSchedule(SessionSnapshot s) {
        if (s == null || s.history().isEmpty()) {
            schedule.setText("(nothing yet)");
        } else {
            schedule.setText(String.join(" ", s.history()));
        }
        List<String> rest = s == null ? List.of() : org.interleave.ui.session.StoryText.rest(s);
        storyRest.setText(rest.isEmpty() ? "" : "story goes on: " + String.join(" ", rest));
    }

    private static Button button(Action a) {
        Button b = new Button(a.words());
        b.setMnemonicParsing(false);
        b.setOnAction(e -> a.run().run());
        b.setFocusTraversable(false);
        tip(b, a);
        return b;
    }

    private static void tip(javafx.scene.control.Control c, Action a) {
        Tooltip t = new Tooltip(a.tooltip());
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(480);
        c.setTooltip(t);
    }

    private static void tip(Label l, Action a) {
        tip((javafx.scene.control.Control) l, a);
    }
}
