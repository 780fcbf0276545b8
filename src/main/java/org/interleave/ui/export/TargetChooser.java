// The seam where the user picks the file to export to: a native save dialog in the app, a fixed path in tests.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.interleave.diagram.export.ExportFormat;

@FunctionalInterface
public interface TargetChooser {
    /**
     * @param file          where to write, with the format's extension
     * @param replaceAgreed true when the chooser itself already asked the user to replace this existing file (the
     *                      native save dialogs do); otherwise the export asks before replacing a file
     */
    record Choice(Path file, boolean replaceAgreed) {}

    /**
     * Called on the FX thread; empty when the user cancels.
     *
     * @param proposedName the file name to offer, e.g. credits-lost-update-ledger.png
     * @param folder       the folder to start in, or null for the chooser's default
     */
    Optional<Choice> choose(Window owner, ExportFormat format, String proposedName, Path folder);
}
