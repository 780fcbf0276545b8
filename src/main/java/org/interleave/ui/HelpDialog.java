// The help (F1): what the window shows (lanes, waits, errors, protections, the verdict, engines), then every key.
package org.interleave.ui;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

final class HelpDialog {
    private HelpDialog() {}

    /** Each concept a class meets, in the words the window uses. */
    private static final String[][] CONCEPTS = {
        {"Lanes and steps", "Each lane (T1, T2, …) is one transaction on its own connection. Clicking a lane's next statement,"
                + " or pressing its number, runs that statement for real on the database."},
        {"Waits", "A statement that needs a lock another lane holds waits: the diagram draws it amber and names whom it waits"
                + " for. It goes on when that lane commits or rolls back; the window stays usable meanwhile."},
        {"Errors", "The database may refuse a statement: a deadlock (it rolls one transaction back, the victim), a serialization"
                + " failure (SQLSTATE 40001), a duplicate key (23505). The lane is then aborted and runs nothing more."},
        {"Protections", "A protection changes the scenario: a ledger, SELECT … FOR UPDATE, a guarded UPDATE, an isolation level."
                + " Choosing one replays the same schedule with it, on a fresh database."},
        {"The verdict", "When every lane is done, the scenario's checks read the committed data: Anomaly (a business rule is"
                + " broken), Safe, or Safe at a price (a lane was aborted to keep the data right)."},
        {"Engines, and all orders", "H2, PostgreSQL and MariaDB behave differently on the same statements: Compare runs the"
                + " schedule on each. All orders runs every interleaving of the steps and counts those that break."},
    };

    static void show(Node owner, Collection<Action> actions) {
        GridPane concepts = new GridPane();
        concepts.getStyleClass().add("help-grid");
        concepts.setId("help-concepts");
        int line = 0;
        for (String[] c : CONCEPTS) line = add(concepts, line, c[0], c[1]);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        row = add(grid, row, "1, 2, …", "Run that lane's next statement");
        row = add(grid, row, "Alt+0, Alt+1, …", "Choose no protection, the first protection, …");
        row = add(grid, row, "Alt+Shift+1, …", "Next isolation level for that lane");
        for (Action a : actions) row = add(grid, row, a.shortKeyText(), a.explain());
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Interleave help");
        alert.setHeaderText("What the window shows, and its keys");
        javafx.scene.control.Label keysTitle = new javafx.scene.control.Label("Keyboard shortcuts");
        keysTitle.getStyleClass().add("panel-title");
        javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(12, concepts, keysTitle, grid);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(700);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("help-dialog");
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
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label w = new Label(words);
        w.setWrapText(true);
        w.setMaxWidth(520);
        w.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps whole, never cut with "…"
        grid.addRow(row, k, w);
        return row + 1;
    }
}
