// The selected row's distinct outcomes (orders that ended alike), each with the checks' verdict and the serial oracle's word.
package org.interleave.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.explore.OutcomeGroup;
import org.interleave.scenario.Outcome;

final class OutcomeGroups extends VBox {
    private final AllOrdersModel model;
    private final BiConsumer<MatrixRow, List<String>> load;
    private final Label caption = new Label("Outcomes");
    private final VBox cards = new VBox(8);

    OutcomeGroups(AllOrdersModel model, BiConsumer<MatrixRow, List<String>> load) {
        super(6);
        this.model = model;
        this.load = load;
        getStyleClass().add("outcome-groups-panel");
        caption.getStyleClass().add("explore-caption");
        caption.setId("groups-caption");
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        cards.setId("outcome-groups");
        cards.getStyleClass().add("outcome-groups");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("outcome-groups-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(caption, scroll);
        model.selectedRowProperty().addListener(o -> update());
        model.selectedKindProperty().addListener(o -> update());
        update();
    }

    private void update() {
        cards.getChildren().clear();
        MatrixRow row = model.selectedRowProperty().get();
        OutcomeKind kind = model.selectedKindProperty().get();
        if (row == null || row.result() == null || kind == null) {
            caption.setText("Outcomes");
            return;
        }
        List<OutcomeGroup> groups = row.result().groups().stream().filter(kind::matches).toList();
        caption.setText(row.title() + " · " + groups.size() + (groups.size() == 1 ? " distinct outcome" : " distinct outcomes")
                + (kind == OutcomeKind.ORDERS ? "" : " (" + kind.words().toLowerCase(Locale.ROOT) + ")"));
        for (OutcomeGroup g : groups) cards.getChildren().add(card(row, g));
    }

    private VBox card(MatrixRow row, OutcomeGroup g) {
        String outcome = g.outcome() == null ? "unfinished" : g.outcome().headline();
        String errors = g.errors().isEmpty() ? ""
                : " (" + g.errors().stream().map(ErrorKind::words).collect(Collectors.joining(", ")) + ")";
        Label head = new Label(g.orders() + " × " + (g.outcome() == Outcome.ANOMALY ? "✗ " : g.outcome() == null ? "" : "✓ ") + outcome + errors);
        head.getStyleClass().add("group-head");
        head.setWrapText(true);
        Label verdict = new Label("Checks: " + g.verdict());
        verdict.getStyleClass().add("group-verdict");
        verdict.setWrapText(true);
        Label oracle = new Label(g.notSerializable() == null ? "Serial check: running the transactions one after the other can give this data."
                : "Serial check: no one-after-the-other order gives this data: " + g.notSerializable() + ".");
        oracle.getStyleClass().add("group-oracle");
        oracle.pseudoClassStateChanged(PseudoClass.getPseudoClass("bad"), g.notSerializable() != null);
        oracle.setWrapText(true);
        Hyperlink example = new Hyperlink(OrderText.of(g.example()));
        example.getStyleClass().add("group-example");
        example.setFocusTraversable(false);
        example.setOnAction(e -> load.accept(row, g.example()));
        example.setTooltip(OutcomeMatrix.tip("Replay this order in the stepper, at its end"));
        Label eg = new Label("e.g.");
        eg.getStyleClass().add("explore-hint");
        HBox exampleLine = new HBox(6, eg, example);
        exampleLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox card = new VBox(3, head, exampleLine, verdict, oracle);
        card.getStyleClass().add("group-card");
        card.pseudoClassStateChanged(PseudoClass.getPseudoClass("anomaly"), g.outcome() == Outcome.ANOMALY);
        card.pseudoClassStateChanged(PseudoClass.getPseudoClass("safe"), g.outcome() == Outcome.SAFE);
        card.pseudoClassStateChanged(PseudoClass.getPseudoClass("aborted"), g.outcome() == Outcome.ABORTED || g.outcome() == null);
        return card;
    }
}
