// A short dialog listing every keyboard shortcut, built from the same actions as the toolbar.
package org.interleave.ui;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

final class HelpDialog {
    private HelpDialog() {}

    static void show(Node owner, Collection<Action> actions) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        row = add(grid, row, "1, 2, …", "Run that lane's next statement");
        row = add(grid, row, "Alt+0, Alt+1, …", "Choose no protection, the first protection, …");
        row = add(grid, row, "Alt+Shift+1, …", "Next isolation level for that lane");
        for (Action a : actions) row = add(grid, row, a.shortKeyText(), a.explain());
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        // a reference to keep open beside the window, and no modal block: under some window managers a modal dialog
        // un-maximizes its owner until it closes
        alert.initModality(javafx.stage.Modality.NONE);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.show();
    }

    private static int add(GridPane grid, int row, String keys, String words) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        Label w = new Label(words);
        w.setWrapText(true);
        w.setMaxWidth(460);
        grid.addRow(row, k, w);
        return row + 1;
    }
}
