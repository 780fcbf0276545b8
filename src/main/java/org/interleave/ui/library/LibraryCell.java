// How the library lists an item: a group with its count, a scenario with its source, or a failed file with its error.
package org.interleave.ui.library;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.VBox;

final class LibraryCell extends TreeCell<Object> {
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");

    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, title, detail);

    LibraryCell() {
        getStyleClass().add("library-cell");
        title.getStyleClass().add("library-title");
        detail.getStyleClass().add("library-detail");
        detail.setWrapText(true);
        title.setWrapText(true); // a long title takes two lines in a narrow library rather than losing its end
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMinWidth(0);
        detail.maxWidthProperty().bind(widthProperty().subtract(48));
        title.maxWidthProperty().bind(widthProperty().subtract(48));
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(GROUP, item instanceof String);
        pseudoClassStateChanged(FAILED, item instanceof LibraryEntry e && !e.loaded() && !e.checking());
        pseudoClassStateChanged(CHECKING, item instanceof LibraryEntry e && e.checking());
        setText(null);
        setTooltip(null);
        if (empty || item == null) {
            setGraphic(null);
        } else if (item instanceof String group) {
            int n = getTreeItem() == null ? 0 : getTreeItem().getChildren().size();
            title.setText(group + "  (" + n + ")");
            detail.setText("");
            detail.setVisible(false);
            detail.setManaged(false);
            setGraphic(box);
        } else if (item instanceof LibraryEntry e) {
            title.setText(e.title());
            // a file's name for scenarios from files; where a built-in one comes from is in its tooltip only
            String d = e.checking() ? "checking…" : e.loaded() ? (e.builtIn() ? "" : fileName(e.origin())) : e.firstProblem();
            detail.setText(d);
            detail.setVisible(!d.isBlank());
            detail.setManaged(!d.isBlank());
            String from = e.source().isBlank() ? "" : "\n\nFrom the course write-up " + e.source();
            Tooltip tip = new Tooltip(e.checking() ? "Being checked; it opens in a moment" : e.loaded() ? e.story().strip() + from
                    : String.join("\n", e.problems()));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
            setGraphic(box);
        }
    }

    private static String fileName(String path) {
        return path.replaceAll(".*[/\\\\]", "");
    }
}
