// The tables' committed contents after each step, as a third session sees them, with changed cells highlighted.
package org.interleave.ui.panels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.interleave.engine.ResultTable;
import org.interleave.engine.TableSnapshot;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

public final class DatabasePanel extends VBox {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");

    private final VBox tables = new VBox(14);
    private final Label hint = new Label();
    /** The tables last shown, to mark what changed; forgotten when another scenario is chosen. */
    private Map<String, ResultTable> previous = new HashMap<>();
    /** The run the previous tables came from: after a replay on a fresh database nothing is marked as changed. */
    private long previousGeneration = -1;

    public DatabasePanel(SessionViewModel model) {
        getStyleClass().add("database-panel");
        setId("database-panel");
        Label title = new Label("Committed data");
        title.getStyleClass().add("panel-title");
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, also once a scroll bar narrows the panel
        hint.setText("What a third session would read now: changes of an open transaction appear only once it commits.");
        getChildren().setAll(title, hint, tables);
        model.scenarioProperty().addListener((o, was, now) -> {
            previous = new HashMap<>();
            tables.getChildren().clear();
        });
        model.snapshotProperty().addListener((o, was, now) -> show(now));
    }

    private void show(SessionSnapshot s) {
        if (s == null) return;
        tables.getChildren().clear();
        Map<String, ResultTable> seen = new HashMap<>();
        boolean sameRun = s.generation() == previousGeneration;
        for (TableSnapshot t : s.tables()) {
            tables.getChildren().add(table(t, TableDiff.of(sameRun ? previous.get(t.table()) : null, t.contents())));
            seen.put(t.table(), t.contents());
        }
        previous = seen;
        previousGeneration = s.generation();
    }

    private VBox table(TableSnapshot t, TableDiff diff) {
        Label name = new Label(t.table());
        name.getStyleClass().add("db-table-name");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("db-table");
        grid.setId("db-table-" + t.table());
        ResultTable rows = t.contents();
        for (int c = 0; c < rows.columns().size(); c++) {
            Label head = new Label(rows.columns().get(c));
            head.getStyleClass().addAll("db-cell", "db-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
        }
        List<List<String>> data = rows.rows();
        for (int r = 0; r < data.size(); r++) {
            for (int c = 0; c < data.get(r).size(); c++) {
                Label cell = new Label(data.get(r).get(c));
                cell.getStyleClass().add("db-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                cell.pseudoClassStateChanged(CHANGED, diff.changed(r, c));
                cell.pseudoClassStateChanged(ADDED, diff.added(r));
                grid.add(cell, c, r + 1);
            }
        }
        // a table wider than the panel scrolls sideways: its names and values are never cut to "discount..."
        javafx.scene.control.ScrollPane wide = new javafx.scene.control.ScrollPane(grid);
        wide.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        wide.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // the viewport as tall as the table, so the scroll bar goes under its last row rather than over it
        wide.minViewportHeightProperty().bind(grid.heightProperty());
        wide.prefViewportHeightProperty().bind(grid.heightProperty());
        wide.setPrefViewportWidth(120); // it takes the panel's width, never asks for the table's (the hint above would be cut)
        wide.getStyleClass().add("db-table-scroll");
        VBox box = new VBox(4, name, wide);
        if (data.isEmpty()) box.getChildren().add(new Label("(no rows)"));
        if (rows.truncated()) box.getChildren().add(new Label("… more rows not shown"));
        return box;
    }
}
