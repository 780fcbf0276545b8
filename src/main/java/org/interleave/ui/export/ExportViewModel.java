// What the window shows about exporting: whether there is a diagram to export, and how the latest export went.
package org.interleave.ui.export;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interleave.ui.session.SessionViewModel;

/** FX thread only; the controller changes it, the menu and the status line read it. */
public final class ExportViewModel {
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyObjectWrapper<ExportState> state = new ReadOnlyObjectWrapper<>(this, "state", ExportState.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> lastFile = new ReadOnlyObjectWrapper<>(this, "lastFile");

    ExportViewModel(SessionViewModel session) {
        available.bind(session.snapshotProperty().isNotNull());
        session.scenarioProperty().addListener((o, was, now) -> set(ExportState.IDLE, "", null));
    }

    /** True while a diagram is shown: there is something to export or copy. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** How the latest export or copy went, in a sentence that names the file; "" before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file the latest export wrote (or tried to), or null. */
    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile.getReadOnlyProperty();
    }

    void set(ExportState s, String sentence, Path file) {
        lastFile.set(file);
        message.set(sentence);
        state.set(s);
    }
}
