// The line under the diagram that tells how the latest export or copy went; hidden until there is something to tell.
package org.interleave.ui.export;

import javafx.scene.control.Label;

public final class ExportStatus extends Label {
    public ExportStatus(ExportViewModel model) {
        setId("export-status");
        getStyleClass().add("export-status");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(model.messageProperty());
        visibleProperty().bind(model.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        model.stateProperty().addListener((o, was, now) -> show(now));
        show(model.stateProperty().get());
    }

    private void show(ExportState state) {
        for (ExportState s : ExportState.values()) pseudoClassStateChanged(s.pseudoClass(), s == state);
    }
}
