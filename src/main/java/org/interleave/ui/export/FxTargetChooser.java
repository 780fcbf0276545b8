// The app's TargetChooser: JavaFX's native save dialog, filtered to the format, starting with the proposed name.
package org.interleave.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.interleave.diagram.export.ExportFormat;

public final class FxTargetChooser implements TargetChooser {
    @Override
    public Optional<Choice> choose(Window owner, ExportFormat format, String proposedName, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the diagram as " + format.description());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description() + " (*." + format.extension() + ")",
                "*." + format.extension()));
        chooser.setInitialFileName(proposedName);
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        File picked = chooser.showSaveDialog(owner);
        if (picked == null) return Optional.empty();
        Path file = ExportFileName.withExtension(picked.toPath(), format);
        // GTK, Windows and macOS save dialogs ask before returning an existing file; one with an extension added was not asked about
        boolean asked = file.equals(picked.toPath()) && Files.exists(file);
        return Optional.of(new Choice(file, asked));
    }
}
