// The All-orders view: heading and progress, the matrix, notes on the chosen row, its orders and its distinct outcomes.
package org.interleave.ui.explore;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

public final class AllOrdersView extends VBox {
    /**
     * @param exploreKeys the keys of the window's explore action, for the button's tooltip, e.g. "A"
     */
    public AllOrdersView(AllOrdersController controller, String exploreKeys) {
        super(10);
        AllOrdersModel model = controller.model();
        getStyleClass().add("all-orders");
        setId("all-orders");
        Label heading = new Label();
        heading.getStyleClass().add("explore-heading");
        heading.setId("explore-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.setMinWidth(0);
        // Wraps under the progress rather than being cut off.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Button run = new Button();
        run.setId("explore-run");
        run.getStyleClass().add("explore-run");
        run.setMnemonicParsing(false);
        run.setFocusTraversable(false);
        run.textProperty().bind(javafx.beans.binding.Bindings.when(model.currentProperty().and(model.rowsProperty().emptyProperty().not()))
                .then("↻ Explore again").otherwise("▶ Explore all orders"));
        run.setTooltip(OutcomeMatrix.tip("Run every order of the steps for real, with no protection and under each protection,"
                + " with the isolation levels chosen above" + (exploreKeys.isEmpty() ? "" : " (" + exploreKeys + ")")));
        run.setOnAction(e -> controller.explore());
        run.visibleProperty().bind(model.runningProperty().not());
        run.managedProperty().bind(run.visibleProperty());
        Button cancel = new Button("■ Cancel");
        cancel.setId("explore-cancel");
        cancel.setMnemonicParsing(false);
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> controller.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.doneProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(160);
        Label progress = new Label();
        progress.setId("explore-progress");
        progress.getStyleClass().add("explore-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, progress, bar, run, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("explore-top");
        Label notice = new Label();
        notice.setId("explore-notice");
        notice.getStyleClass().add("explore-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        OutcomeMatrix matrix = new OutcomeMatrix(model, controller::select);
        // The whole matrix shows; the orders and outcomes below take what is left.
        matrix.setMinHeight(Region.USE_PREF_SIZE);
        matrix.visibleProperty().bind(model.rowsProperty().emptyProperty().not());
        matrix.managedProperty().bind(matrix.visibleProperty());
        OrderList orders = new OrderList(model, controller::load);
        OutcomeGroups groups = new OutcomeGroups(model, controller::load);
        SplitPane details = new SplitPane(orders, groups);
        details.getStyleClass().add("explore-details");
        details.setDividerPositions(0.42);
        details.visibleProperty().bind(model.rowsProperty().emptyProperty().not());
        details.managedProperty().bind(details.visibleProperty());
        details.setMinHeight(240);
        VBox.setVgrow(details, Priority.ALWAYS);
        getChildren().setAll(top, notice, matrix, new RowNotes(model), details);
    }
}
