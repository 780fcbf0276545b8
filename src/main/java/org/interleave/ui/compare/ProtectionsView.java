// Two protections side by side: pick them, and see each step's SQL under both (the differing SQL marked), their answers and verdicts.
package org.interleave.ui.compare;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.interleave.diagram.StepWords;
import org.interleave.engine.RunRecord;
import org.interleave.engine.compare.ProtectionComparison;
import org.interleave.engine.compare.StepOutcome;

public final class ProtectionsView extends VBox {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private final ProtectionsController controller;
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final GridPane table = new GridPane();

    public ProtectionsView(ProtectionsController controller) {
        super(10);
        this.controller = controller;
        getStyleClass().add("compare");
        setId("compare-protections");
        Label heading = new Label("The same schedule under two protections");
        heading.getStyleClass().add("explore-heading");
        StringConverter<String> titles = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : controller.title(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        for (ComboBox<String> box : List.of(first, second)) {
            box.setConverter(titles);
            box.getItems().setAll(controller.protections());
            box.setFocusTraversable(false);
        }
        first.setId("compare-first");
        second.setId("compare-second");
        List<String> pair = controller.defaultPair();
        first.setValue(pair.get(0));
        second.setValue(pair.get(1));
        Button run = new Button("Compare");
        run.setId("compare-protections-run");
        run.setFocusTraversable(false);
        run.setOnAction(e -> compare());
        first.valueProperty().addListener((o, was, now) -> compare());
        second.valueProperty().addListener((o, was, now) -> compare());
        Label against = new Label("against");
        against.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox pickers = new HBox(10, first, against, second, run);
        pickers.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, heading, pickers);
        Label status = new Label();
        status.setId("compare-protections-status");
        status.getStyleClass().add("explore-progress");
        status.setWrapText(true);
        status.textProperty().bind(controller.statusProperty());
        table.getStyleClass().add("compare-table");
        table.setId("compare-protections-table");
        table.setHgap(8);
        table.setVgap(4);
        getChildren().addAll(top, status, table);
        controller.comparisonProperty().addListener((o, was, now) -> show(now));
        controller.onScenarioChanged(this::scenarioChanged);
    }

    /** Another scenario: its own protections to pick from, and no table until it is compared. */
    private void scenarioChanged() {
        table.getChildren().clear();
        List<String> pair = controller.defaultPair();
        for (ComboBox<String> box : List.of(first, second)) box.getItems().setAll(controller.protections());
        if (pair.isEmpty()) return;
        first.setValue(pair.get(0));
        second.setValue(pair.get(1));
    }

    /** Compares the two protections picked. */
    public void compare() {
        if (first.getValue() != null && second.getValue() != null) controller.compare(first.getValue(), second.getValue());
    }

    private void show(ProtectionComparison c) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (c == null) return;
        table.getColumnConstraints().add(new ColumnConstraints(18));
        table.getColumnConstraints().add(new ColumnConstraints(120, 140, 200));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints col = new ColumnConstraints(200, 340, Double.MAX_VALUE);
            col.setHgrow(Priority.ALWAYS);
            table.getColumnConstraints().add(col);
        }
        table.add(header("step"), 1, 0);
        table.add(header(c.first().plan().protectionTitle()), 2, 0);
        table.add(header(c.second().plan().protectionTitle()), 3, 0);
        int y = 1;
        for (ProtectionComparison.Row row : c.rows()) {
            boolean differs = row.sqlDiffers() || row.outcomeDiffers();
            Label mark = new Label(differs ? "≠" : "");
            mark.getStyleClass().add("compare-mark");
            table.add(mark, 0, y);
            Label name = new Label(row.lane() + " " + row.stepId());
            name.getStyleClass().add("compare-step-name");
            name.pseudoClassStateChanged(DIFFERS, differs);
            table.add(name, 1, y);
            table.add(side(row.firstSql(), row.firstOutcome(), row.sqlDiffers(), row.outcomeDiffers(), "compare-" + y + "-first"), 2, y);
            table.add(side(row.secondSql(), row.secondOutcome(), row.sqlDiffers(), row.outcomeDiffers(), "compare-" + y + "-second"), 3, y);
            y++;
        }
        table.add(header("verdict"), 1, y);
        table.add(verdict(c.first(), "compare-verdict-first"), 2, y);
        table.add(verdict(c.second(), "compare-verdict-second"), 3, y);
    }

    private static VBox side(String sql, StepOutcome outcome, boolean sqlDiffers, boolean outcomeDiffers, String id) {
        Label text = new Label(sql == null ? "(no such step)" : StepWords.oneLine(sql));
        text.setId(id + "-sql");
        text.getStyleClass().add("compare-step");
        text.setWrapText(true);
        text.pseudoClassStateChanged(DIFFERS, sqlDiffers);
        Label answer = new Label(outcome == null ? "not played" : outcome.words());
        answer.setId(id + "-answer");
        answer.getStyleClass().add("compare-cell");
        answer.setWrapText(true);
        answer.pseudoClassStateChanged(DIFFERS, outcomeDiffers);
        VBox box = new VBox(2, text, answer);
        box.setMinWidth(0);
        return box;
    }

    private static Label verdict(RunRecord r, String id) {
        Label v = new Label(r.verdict() == null ? "no verdict: the run did not finish" : r.verdict().line());
        v.setId(id);
        v.getStyleClass().add("compare-verdict");
        v.setWrapText(true);
        return v;
    }

    private static Label header(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("compare-header");
        h.setWrapText(true);
        return h;
    }
}
