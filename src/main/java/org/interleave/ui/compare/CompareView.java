// The compare view: the schedule as rows, the engines as columns, the rows where the engines differ marked, cells clickable.
package org.interleave.ui.compare;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.diagram.StepWords;
import org.interleave.diagram.text.ComparisonMarkdown;
import org.interleave.engine.compare.Comparison;
import org.interleave.engine.compare.EngineRun;
import org.interleave.engine.compare.StepOutcome;
import org.interleave.engine.compare.StepRow;

public final class CompareView extends VBox {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass WAITED = PseudoClass.getPseudoClass("waited");
    private final CompareController controller;
    private final GridPane table = new GridPane();

    public CompareView(CompareController controller) {
        super(10);
        this.controller = controller;
        getStyleClass().add("compare");
        setId("compare");
        Label heading = new Label("The same schedule on every engine");
        heading.getStyleClass().add("explore-heading");
        Button again = new Button("↻ Compare again");
        again.setId("compare-run");
        again.setFocusTraversable(false);
        again.setMnemonicParsing(false);
        again.setOnAction(e -> controller.compare());
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("explore-progress");
        status.setWrapText(true);
        status.textProperty().bind(controller.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, again);
        top.setAlignment(Pos.CENTER_LEFT);
        table.getStyleClass().add("compare-table");
        table.setId("compare-table");
        table.setHgap(6);
        table.setVgap(4);
        getChildren().addAll(top, status, table);
        controller.comparisonProperty().addListener((o, was, now) -> show(now));
    }

    private void show(Comparison c) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (c == null) return;
        table.getColumnConstraints().add(new ColumnConstraints(18));
        ColumnConstraints stepColumn = new ColumnConstraints(200, 300, 420);
        table.getColumnConstraints().add(stepColumn);
        for (int i = 0; i < c.runs().size(); i++) {
            ColumnConstraints col = new ColumnConstraints(160, 260, Double.MAX_VALUE);
            col.setHgrow(Priority.ALWAYS);
            table.getColumnConstraints().add(col);
        }
        table.add(header("step"), 1, 0);
        for (int i = 0; i < c.runs().size(); i++) {
            EngineRun r = c.runs().get(i);
            Label h = header(r.name());
            h.setId("compare-engine-" + r.id().key());
            table.add(h, 2 + i, 0);
        }
        int y = 1;
        for (StepRow row : c.rows()) {
            Label mark = new Label(row.differs() ? "≠" : "");
            mark.getStyleClass().add("compare-mark");
            table.add(mark, 0, y);
            Label name = new Label(row.position() + " · " + row.lane() + " " + row.stepId());
            name.getStyleClass().add("compare-step-name");
            name.pseudoClassStateChanged(DIFFERS, row.differs());
            Label sql = new Label(StepWords.oneLine(row.sql()));
            sql.getStyleClass().add("compare-step");
            sql.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            sql.setTooltip(new Tooltip(StepWords.oneLine(row.sql())));
            VBox step = new VBox(1, name, sql);
            step.setMinWidth(0);
            table.add(step, 1, y);
            for (int i = 0; i < c.runs().size(); i++) table.add(cell(c.runs().get(i), row), 2 + i, y);
            y++;
        }
        table.add(header("verdict"), 1, y);
        for (int i = 0; i < c.runs().size(); i++) {
            EngineRun r = c.runs().get(i);
            Label v = new Label(r.ran() ? ComparisonMarkdown.verdict(r) : "not available: " + r.unavailable());
            v.setId("compare-verdict-" + r.id().key());
            v.getStyleClass().add("compare-verdict");
            v.setWrapText(true);
            table.add(v, 2 + i, y);
        }
    }

    private Label header(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("compare-header");
        h.setWrapText(true);
        return h;
    }

    private Region cell(EngineRun run, StepRow row) {
        StepOutcome o = row.outcomes().get(run.id());
        if (o == null) {
            Label none = new Label("–");
            none.getStyleClass().add("compare-cell");
            return none;
        }
        Button b = new Button(o.words());
        b.setId("compare-" + row.position() + "-" + run.id().key());
        b.getStyleClass().add("compare-cell");
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.pseudoClassStateChanged(DIFFERS, row.differs());
        b.pseudoClassStateChanged(FAILED, o.kind() == StepOutcome.Kind.FAILED);
        b.pseudoClassStateChanged(WAITED, o.waited());
        b.setTooltip(new Tooltip("Step through " + run.name() + "'s run, up to this step"));
        b.setOnAction(e -> controller.open(run.id(), row.position()));
        return b;
    }
}
