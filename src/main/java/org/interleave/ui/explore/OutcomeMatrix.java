// The matrix: protections as rows, outcome kinds as columns, the count of orders in each cell; a click chooses a cell.
package org.interleave.ui.explore;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.interleave.engine.explore.ExplorationRow;

final class OutcomeMatrix extends GridPane {
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass PRICE = PseudoClass.getPseudoClass("price");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass ROW_SELECTED = PseudoClass.getPseudoClass("row-selected");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final AllOrdersModel model;
    private final BiConsumer<MatrixRow, OutcomeKind> choose;

    OutcomeMatrix(AllOrdersModel model, BiConsumer<MatrixRow, OutcomeKind> choose) {
        this.model = model;
        this.choose = choose;
        getStyleClass().add("order-matrix");
        setId("order-matrix");
        model.rowsProperty().addListener((javafx.beans.InvalidationListener) o -> rebuild());
        model.selectedRowProperty().addListener(o -> rebuild());
        model.selectedKindProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        List<MatrixRow> rows = model.rowsProperty();
        if (rows.isEmpty()) return;
        boolean unfinished = rows.stream().anyMatch(r -> r.result() != null && r.result().unfinished() > 0);
        List<OutcomeKind> columns = OutcomeKind.columns(unfinished);
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.NEVER);
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the row names stay whole; the counts' columns give way
        getColumnConstraints().add(first);
        Label corner = head("Protection", "No protection, then each protection of the scenario");
        corner.setAlignment(Pos.CENTER_LEFT);
        corner.getStyleClass().add("matrix-corner");
        add(corner, 0, 0);
        for (int c = 0; c < columns.size(); c++) {
            OutcomeKind k = columns.get(c);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.CENTER);
            // a count column is never narrower than its heading or "14 of 20": at 1280 x 720 the matrix scrolls, it does not cut
            cc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cc.setHgrow(Priority.ALWAYS); // the counts share the width left: big targets, close to their row's name
            cc.setMaxWidth(200);
            getColumnConstraints().add(cc);
            Label h = head(k == OutcomeKind.ORDERS ? "Orders run\n(of all)" : (k.words().contains(", ") ? k.words().replace(", ", ",\n") : k.words().replace(' ', '\n')), k.explain());
            h.setId("column-" + k.key());
            add(h, c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            MatrixRow row = rows.get(r);
            boolean selected = row == model.selectedRowProperty().get();
            add(rowHead(row, selected), 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                OutcomeKind k = columns.get(c);
                add(cell(row, k, selected, selected && k == model.selectedKindProperty().get()), c + 1, r + 1);
            }
        }
    }

    private static Label head(String words, String explain) {
        Label h = new Label(words);
        h.getStyleClass().add("matrix-head");
        h.setMinWidth(0);
        h.setMaxWidth(Double.MAX_VALUE);
        h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        h.setTooltip(tip(explain));
        return h;
    }

    private Button rowHead(MatrixRow row, boolean selected) {
        Label title = new Label(row.title());
        title.getStyleClass().add("matrix-row-title");
        title.setMinWidth(0);
        title.setMaxWidth(560);
        VBox box = new VBox(1, title);
        if (!row.isolationNote().isEmpty()) box.getChildren().add(small(row.isolationNote(), "matrix-row-note"));
        ExplorationRow r = row.result();
        if (r != null && r.disagreements() > 0) {
            box.getChildren().add(small("checks and serial oracle disagree on " + r.disagreements()
                    + (r.disagreements() == 1 ? " order" : " orders"), "matrix-row-disagree"));
        }
        if (row.problem() != null) box.getChildren().add(small("could not explore: " + row.problem(), "matrix-row-problem"));
        if (r != null && r.caveat() != null && !r.caveat().isBlank()) {
            box.getChildren().add(small("⚠ caveat: the engines differ here", "matrix-row-caveat"));
        }
        Button b = new Button();
        b.setGraphic(box);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setId("row-" + row.protectionId());
        b.setUserData(row.title());
        b.getStyleClass().add("matrix-row-head");
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.pseudoClassStateChanged(ROW_SELECTED, selected);
        String caveat = r != null && r.caveat() != null && !r.caveat().isBlank() ? "\nCaveat: " + r.caveat().replaceAll("\\s+", " ") : "";
        b.setTooltip(tip(row.title() + (row.isolationNote().isEmpty() ? "" : " (" + row.isolationNote() + ")") + caveat
                + "\nClick to see all its orders and outcomes."));
        b.setOnAction(e -> choose.accept(row, OutcomeKind.ORDERS));
        return b;
    }

    private Button cell(MatrixRow row, OutcomeKind k, boolean rowSelected, boolean chosen) {
        ExplorationRow r = row.result();
        Button b = new Button();
        b.setId("cell-" + row.protectionId() + "-" + k.key());
        b.getStyleClass().add("matrix-cell");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.pseudoClassStateChanged(ROW_SELECTED, rowSelected);
        b.pseudoClassStateChanged(CHOSEN, chosen);
        if (r == null) {
            b.setText(row.pending() ? "…" : "–");
            b.pseudoClassStateChanged(PENDING, true);
            b.setDisable(!row.pending());
            return b;
        }
        int n = k.count(r);
        b.setText(k == OutcomeKind.ORDERS ? n + " of " + r.requested() : String.valueOf(n));
        b.pseudoClassStateChanged(ZERO, n == 0);
        b.pseudoClassStateChanged(BAD, n > 0 && k.tone() == OutcomeKind.Tone.BAD);
        b.pseudoClassStateChanged(GOOD, n > 0 && k.tone() == OutcomeKind.Tone.GOOD);
        b.pseudoClassStateChanged(PRICE, n > 0 && k.tone() == OutcomeKind.Tone.PRICE);
        String why = k == OutcomeKind.ORDERS && r.whyFewer() != null ? "\n" + capitalised(r.whyFewer()) + "." : "";
        b.setTooltip(tip(row.title() + ": " + n + " × " + k.words().toLowerCase(java.util.Locale.ROOT) + ". " + k.explain() + "." + why
                + "\nClick to list them."));
        b.setOnAction(e -> choose.accept(row, k));
        return b;
    }

    private static Label small(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(0);
        return l;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(560);
        return t;
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
