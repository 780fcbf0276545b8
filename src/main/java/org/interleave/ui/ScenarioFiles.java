// Asks the user for scenario files or a folder and adds them to the library.
package org.interleave.ui;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.interleave.ui.library.LibraryModel;

final class ScenarioFiles {
    private final Node owner;
    private final LibraryModel library;

    ScenarioFiles(Node owner, LibraryModel library) {
        this.owner = owner;
        this.library = library;
    }

    void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add scenario files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario files and isolation specs", "*.yaml", "*.yml", "*.spec"));
        List<File> files = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
        if (files != null && !files.isEmpty()) library.load(files.stream().map(File::toPath).toList(), () -> {});
    }

    void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of scenario files");
        File folder = chooser.showDialog(owner.getScene().getWindow());
        if (folder != null) library.load(List.of(folder.toPath()), () -> {});
    }
}
