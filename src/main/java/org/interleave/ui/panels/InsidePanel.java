// Inside the database after each step: each lane's transaction, the locks held and awaited, who waits for whom.
package org.interleave.ui.panels;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.Inside;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

/** Everything shown here was read by the run's watcher session on the control thread; the lanes never see it. */
public final class InsidePanel extends VBox {
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass UNCOMMITTED = PseudoClass.getPseudoClass("uncommitted");
    private static final PseudoClass DEAD = PseudoClass.getPseudoClass("dead");

    private final VBox transactions = new VBox(2);
    private final VBox locks = new VBox(4);
    private final VBox versions = new VBox(4);
    private final Label versionsTitle = wrapped(new Label("Row versions: every copy of a row the table holds"));
    private final WaitsForGraph graph = new WaitsForGraph();
    private final Label deadlock = new Label();
    private final Label caveat = new Label();
    private final Label raw = new Label();
    private final javafx.scene.control.ToggleButton rawPane = new javafx.scene.control.ToggleButton("The database's own lock rows");

    public InsidePanel(SessionViewModel model) {
        super(8);
        getStyleClass().add("inside-panel");
        setId("inside-panel");
        Label title = new Label("Inside the database");
        title.getStyleClass().add("panel-title");
        Label hint = wrapped(new Label("Read after every step by a watcher session of its own, so the lanes behave as without it."));
        hint.getStyleClass().add("panel-hint");
        deadlock.getStyleClass().add("inside-deadlock");
        deadlock.setId("inside-deadlock");
        wrapped(deadlock);
        caveat.getStyleClass().add("panel-hint");
        caveat.setId("inside-caveat");
        wrapped(caveat);
        raw.getStyleClass().add("inside-raw");
        raw.setId("inside-raw");
        wrapped(raw);
        raw.visibleProperty().bind(rawPane.selectedProperty().and(rawPane.visibleProperty()));
        raw.managedProperty().bind(raw.visibleProperty());
        rawPane.setId("inside-raw-pane");
        rawPane.getStyleClass().add("inside-raw-pane");
        locks.setId("inside-locks");
        versions.setId("inside-versions");
        versionsTitle.getStyleClass().add("inside-subtitle");
        versionsTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(versions.getChildren()));
        versionsTitle.managedProperty().bind(versionsTitle.visibleProperty());
        transactions.setId("inside-transactions");
        getChildren().setAll(title, hint, transactions, graph, deadlock, locks, versionsTitle, versions, caveat, rawPane, raw);
        show(null);
        model.snapshotProperty().addListener((o, was, now) -> show(now));
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void show(SessionSnapshot s) {
        Inside inside = s == null ? null : s.inside();
        boolean any = inside != null;
        graph.setVisible(any && !inside.waitsFor().isEmpty());
        graph.setManaged(graph.isVisible());
        rawPane.setVisible(any && !inside.raw().isEmpty());
        rawPane.setManaged(rawPane.isVisible());
        transactions.getChildren().clear();
        locks.getChildren().clear();
        versions.getChildren().clear();
        if (!any) {
            deadlock.setVisible(false);
            deadlock.setManaged(false);
            caveat.setText("Open a scenario and run a step: each lane's transaction and locks appear here.");
            caveat.setVisible(true);
            caveat.setManaged(true);
            raw.setText("");
            return;
        }
        for (Inside.LaneTransaction t : inside.lanes()) {
            Label line = wrapped(new Label(t.lane() + ": " + t.state() + (t.transactionId().isEmpty() ? "" : " · transaction " + t.transactionId())
                    + (t.snapshot().isEmpty() ? "" : " · " + t.snapshot())));
            line.getStyleClass().add("inside-transaction");
            transactions.getChildren().add(line);
        }
        graph.show(s.lanes().stream().map(l -> l.id()).toList(), inside);
        for (Inside.Lock l : inside.locks()) {
            Label line = wrapped(new Label(l.words()));
            line.getStyleClass().add("inside-lock");
            line.pseudoClassStateChanged(WAITING, !l.granted());
            locks.getChildren().add(line);
        }
        if (inside.locks().isEmpty() && !inside.lanes().isEmpty()) {
            Label none = new Label("No lane holds or waits for a lock.");
            none.getStyleClass().add("panel-hint");
            locks.getChildren().add(none);
        }
        for (Inside.RowVersion v : inside.versions()) {
            Label line = wrapped(new Label(v.words()));
            line.getStyleClass().add("inside-version");
            boolean createdRolledBack = v.createdStatus().equals("rolled back");
            line.pseudoClassStateChanged(UNCOMMITTED, v.createdStatus().equals("not committed"));
            // replaced or deleted, unless the transaction that did it rolled back (then this version is the live one)
            line.pseudoClassStateChanged(DEAD, createdRolledBack
                    || !v.endedBy().isEmpty() && !v.lockOnly() && !v.endedStatus().equals("rolled back"));
            versions.getChildren().add(line);
        }
        Inside stood = s.deadlockStood();
        List<String> cycle = inside.deadlockCycle();
        String when = "The database will roll one of them back.";
        if (cycle.isEmpty() && stood != null && !stood.deadlockCycle().isEmpty()) {
            cycle = stood.deadlockCycle();
            when = "So it stood until the database broke the cycle by rolling one of them back.";
            graph.show(s.lanes().stream().map(l -> l.id()).toList(), stood);
            graph.setVisible(true);
            graph.setManaged(true);
        }
        deadlock.setVisible(!cycle.isEmpty());
        deadlock.setManaged(!cycle.isEmpty());
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) pairs.add(cycle.get(i) + " waits for " + cycle.get((i + 1) % cycle.size()));
        deadlock.setText(cycle.isEmpty() ? "" : "Deadlock: " + String.join(", ", pairs) + ". " + when);
        caveat.setText(inside.caveat());
        caveat.setVisible(!inside.caveat().isEmpty());
        caveat.setManaged(caveat.isVisible());
        raw.setText(String.join("\n", inside.raw()));
    }
}
