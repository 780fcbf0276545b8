// The orders of the chosen cell, one per line as "T1 T2 T2 T1"; clicking one (or Enter) loads it into the stepper.
package org.interleave.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

final class OrderList extends VBox {
    private final AllOrdersModel model;
    private final Label caption = new Label();
    private final Label hint = new Label("Click an order to replay it in the stepper, at its end, ready to step back.");
    private final ListView<List<String>> list = new ListView<>();
    private OrderTags tags;

    OrderList(AllOrdersModel model, BiConsumer<MatrixRow, List<String>> load) {
        super(6);
        this.model = model;
        getStyleClass().add("order-list-panel");
        caption.getStyleClass().add("explore-caption");
        caption.setId("orders-caption");
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("explore-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setId("orders-list");
        list.getStyleClass().add("order-list");
        list.setItems(model.listedOrdersProperty());
        list.setPlaceholder(new Label("Click a count in the matrix to list its orders."));
        list.setCellFactory(v -> new OrderCell(load));
        list.setOnKeyPressed(e -> {
            List<String> chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null && model.selectedRowProperty().get() != null) {
                load.accept(model.selectedRowProperty().get(), chosen);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(caption, hint, list);
        model.listedOrdersProperty().addListener((javafx.beans.InvalidationListener) o -> update());
        model.selectedKindProperty().addListener(o -> update());
        update();
    }

    private void update() {
        MatrixRow row = model.selectedRowProperty().get();
        OutcomeKind kind = model.selectedKindProperty().get();
        tags = row == null || row.result() == null ? null : new OrderTags(row.result());
        if (row == null || kind == null || row.result() == null) {
            caption.setText("Orders");
            hint.setVisible(false);
            list.refresh();
            return;
        }
        int n = kind.count(row.result());
        int shown = model.listedOrdersProperty().size();
        String what = kind == OutcomeKind.ORDERS ? "all orders" : kind.words().toLowerCase(Locale.ROOT);
        caption.setText(row.title() + " · " + what + ": " + n + (n == 1 ? " order" : " orders")
                + (shown < n ? " (the first " + shown + " listed)" : ""));
        hint.setVisible(n > 0);
        list.refresh();
        list.scrollTo(0);
    }

    private final class OrderCell extends ListCell<List<String>> {
        private final BiConsumer<MatrixRow, List<String>> load;

        OrderCell(BiConsumer<MatrixRow, List<String>> load) {
            this.load = load;
            getStyleClass().add("order-cell");
            setPrefWidth(0); // the list's width decides, the tags wrap: no sideways scrolling
            setOnMouseClicked(e -> {
                MatrixRow row = model.selectedRowProperty().get();
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && row != null) load.accept(row, getItem());
            });
        }

        @Override
        protected void updateItem(List<String> order, boolean empty) {
            super.updateItem(order, empty);
            setText(null);
            if (empty || order == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(OrderText.of(order));
            text.getStyleClass().add("order-text");
            text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            FlowPane marks = new FlowPane(4, 2);
            marks.setPrefWrapLength(160);
            if (tags != null) {
                for (OrderTags.Tag t : tags.of(order)) {
                    Label l = new Label(t.words());
                    l.getStyleClass().add("order-tag");
                    l.pseudoClassStateChanged(PseudoClass.getPseudoClass(t.tone().name().toLowerCase(Locale.ROOT)), true);
                    marks.getChildren().add(l);
                }
            }
            HBox line = new HBox(14, text, marks);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(marks, Priority.ALWAYS);
            setGraphic(line);
        }
    }
}
