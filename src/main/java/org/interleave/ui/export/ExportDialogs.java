// The two questions and answers of exporting as dialogs: may an existing file be replaced, and why writing failed.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

final class ExportDialogs {
    static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep the old file", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Node owner;

    ExportDialogs(Node owner) {
        this.owner = owner;
    }

    Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    /** Asks (and waits) whether to replace {@code file}; "Keep the old file" is the default, Escape keeps it too. */
    boolean confirmReplace(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, KEEP);
        alert.setTitle("Replace the file?");
        alert.setHeaderText(file.getFileName() + " already exists");
        alert.setContentText("The folder " + file.toAbsolutePath().getParent() + " already has a file named " + file.getFileName()
                + ". Replace it with the diagram as it stands now?");
        Button replace = (Button) alert.getDialogPane().lookupButton(REPLACE);
        Button keep = (Button) alert.getDialogPane().lookupButton(KEEP);
        replace.setDefaultButton(false);
        keep.setDefaultButton(true);
        prepare(alert, "export-replace-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == REPLACE;
    }

    /** Tells why an export failed; the window goes on as before once it is closed. */
    void showFailure(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.setTitle("Export failed");
        alert.setHeaderText("The diagram was not exported");
        prepare(alert, "export-failure-dialog");
        alert.show();
    }

    private void prepare(Alert alert, String id) {
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStyleClass().add("export-dialog");
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Window w = window();
        if (w != null) {
            alert.initOwner(w);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
