// Under the matrix, for the selected row: why it has fewer orders than asked for, where checks and oracle disagree, its caveat.
package org.interleave.ui.explore;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.explore.ExplorationRow;

final class RowNotes extends VBox {
    private final AllOrdersModel model;

    RowNotes(AllOrdersModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("row-notes");
        setId("row-notes");
        model.selectedRowProperty().addListener(o -> update());
        update();
    }

    private void update() {
        getChildren().clear();
        MatrixRow row = model.selectedRowProperty().get();
        if (row == null) return;
        if (row.problem() != null) getChildren().add(note(row.title() + " could not be explored: " + row.problem(), "explore-problem", "note-problem"));
        ExplorationRow r = row.result();
        if (r == null) return;
        if (r.whyFewer() != null) {
            getChildren().add(note(row.title() + ": " + r.orders() + " of " + r.requested() + " orders. "
                    + OutcomeMatrix.capitalised(r.whyFewer()) + ".", "explore-why-fewer", "note-why-fewer"));
        }
        if (r.disagreements() > 0) {
            getChildren().add(note("The checks and the serial oracle disagree on " + r.disagreements()
                    + (r.disagreements() == 1 ? " order" : " orders")
                    + ": the checks judge what the transactions read and wrote, the oracle only compares the final data with"
                    + " the serial orders. Both are shown for each order and outcome.", "explore-disagree", "note-disagree"));
        }
        if (r.caveat() != null && !r.caveat().isBlank()) {
            getChildren().add(note("Caveat: " + r.caveat().replaceAll("\\s+", " "), "explore-caveat", "note-caveat"));
        }
    }

    private static Label note(String text, String style, String id) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
