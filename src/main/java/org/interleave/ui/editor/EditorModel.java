// The scenario file being edited: its text, whether it is saved, the loader's problems as one types, and changes on disk.
package org.interleave.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interleave.scenario.Problem;
import org.interleave.scenario.ScenarioLoader;

/**
 * FX thread for every public method. The loader runs and the disk is read on a thread of the editor's own, so typing
 * never waits for them; a check started before the latest change is dropped.
 */
public final class EditorModel implements AutoCloseable {
    public static final String THREAD = "interleave-editor";
    /** How often the file is looked at for a change made by another program. */
    static final long DISK_LOOK_MILLIS = 1000;

    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final SimpleStringProperty saved = new SimpleStringProperty(this, "saved", "");
    private final BooleanBinding dirty = Bindings.createBooleanBinding(() -> !text.get().equals(saved.get()), text, saved);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked", false);
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk", false);
    /** FX thread only. */
    private long version;
    private FileTime seenOnDisk;
    private String diskText;

    /** Something that asks the model to look at the disk now and then (the window's timer; tests call {@link #lookAtDisk}). */
    @FunctionalInterface
    public interface ScheduledLooks {
        void every(long millis, Runnable look);
    }

    public EditorModel(Executor fx, ScheduledLooks looks) {
        this.fx = fx;
        text.addListener((o, was, now) -> check());
        looks.every(DISK_LOOK_MILLIS, this::lookAtDisk);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The buffer: what the editor shows and the user types. */
    public StringProperty textProperty() {
        return text;
    }

    /** True while the buffer differs from the file as last read or saved. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** The loader's problems with the buffer as it stands, in the words `check` uses. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** True once the buffer as it stands has been checked. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** True when another program changed the file while the buffer has edits of its own: the user chooses. */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    /** Edits {@code path} (null: an untitled buffer) holding {@code content}, as just read. */
    public void edit(Path path, String content) {
        file.set(path);
        saved.set(content);
        text.set(content);
        changedOnDisk.set(false);
        seenOnDisk = null;
        if (path != null) worker.execute(() -> {
            FileTime t = modified(path);
            fx.execute(() -> {
                if (path.equals(file.get()) && seenOnDisk == null) seenOnDisk = t;
            });
        });
    }

    /** Edits {@code path}, read on the editor's thread (an unreadable file opens empty, saying why in its first line). */
    public void open(Path path) {
        worker.execute(() -> {
            String content = read(path);
            String shown = content != null ? content : "# " + path.getFileName() + " could not be read\n";
            fx.execute(() -> edit(path, shown));
        });
    }

    /** Writes the buffer to {@code target} (whole or not at all), then calls {@code then} on the FX thread with the problem, or null. */
    public void saveAs(Path target, java.util.function.Consumer<String> then) {
        String content = text.get();
        worker.execute(() -> {
            String problem = null;
            FileTime written = null;
            try {
                writeWhole(target, content);
                written = modified(target);
            } catch (IOException | RuntimeException e) {
                problem = "could not save " + target.getFileName() + ": " + e.getMessage();
            }
            String why = problem;
            FileTime at = written;
            fx.execute(() -> {
                if (why == null) {
                    file.set(target);
                    saved.set(content);
                    seenOnDisk = at;
                    changedOnDisk.set(false);
                }
                then.accept(why);
            });
        });
    }

    /** Takes the file's text from disk, dropping the buffer's edits (asked for by the user). */
    public void reloadFromDisk() {
        Path path = file.get();
        if (path == null) return;
        worker.execute(() -> {
            String content = read(path);
            FileTime t = modified(path);
            fx.execute(() -> {
                if (content == null || !path.equals(file.get())) return;
                saved.set(content);
                text.set(content);
                seenOnDisk = t;
                changedOnDisk.set(false);
            });
        });
    }

    /** Keeps the buffer's edits over the file's new text: saving will replace it. */
    public void keepEdits() {
        changedOnDisk.set(false);
        if (diskText != null) saved.set(diskText);
    }

    /** Looks whether another program changed the file: an unedited buffer follows it, an edited one asks. */
    public void lookAtDisk() {
        Path path = file.get();
        FileTime seen = seenOnDisk;
        if (path == null || seen == null || changedOnDisk.get()) return;
        worker.execute(() -> {
            FileTime now = modified(path);
            if (now == null || now.equals(seen)) return;
            String content = read(path);
            fx.execute(() -> {
                if (!path.equals(file.get()) || content == null) return;
                seenOnDisk = now;
                if (content.equals(saved.get())) return;
                if (!dirty.get()) {
                    saved.set(content);
                    text.set(content);
                } else {
                    diskText = content;
                    changedOnDisk.set(true);
                }
            });
        });
    }

    private void check() {
        long mine = ++version;
        checked.set(false);
        String name = file.get() == null ? "untitled.yaml" : file.get().getFileName().toString();
        String content = text.get();
        worker.execute(() -> {
            List<Problem> found = ScenarioLoader.parse(name, content).problems();
            fx.execute(() -> {
                if (mine != version) return;
                problems.setAll(found);
                checked.set(true);
            });
        });
    }

    /** Writes {@code content} into {@code target} whole or not at all: a file beside it, then moved over it. */
    static void writeWhole(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".interleave-", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
