// Exports and copies the diagram as it stands: asks for a file on the FX thread, draws and writes off it, reports back.
package org.interleave.ui.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.export.AtomicFileWriter;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.diagram.text.HandoutComparison;
import java.util.function.Supplier;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunRecord;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

/**
 * Public methods are called on the FX thread and return at once. The snapshot shown when the user asks is what is
 * exported, whatever the run does meanwhile. The handout's comparison runs other plans on the engine, so it runs on
 * the window's control thread; drawing and writing run on the export thread; the clipboard is set on the FX thread.
 */
public final class ExportController implements AutoCloseable {
    /** The clipboard gets the picture at 2x: sharp when pasted into slides or a document. */
    static final int CLIPBOARD_SCALE = 2;

    private final SessionViewModel session;
    private final Executor control;
    private final Executor fx;
    private final Supplier<DatabaseEngine> engine;
    private final ExportViewModel model;
    private final ExportDialogs dialogs;
    private final ExportThread worker = new ExportThread();
    /** The window's lock track is on: pictures draw it too. */
    private volatile boolean lockTrack;
    private TargetChooser chooser = new FxTargetChooser();
    private Supplier<org.interleave.engine.quiz.QuizRecord> quiz = () -> org.interleave.engine.quiz.QuizRecord.EMPTY;
    /** FX thread: where the previous export went, so the next one starts there. */
    private Path folder;

    /**
     * @param control runs engine work (the window's control thread)
     * @param fx      runs work on the FX thread (Platform::runLater)
     * @param owner   a node of the window, the owner of the dialogs
     */
    /** The quiz's record, for the Markdown handout; FX thread. */
    public void includeQuiz(Supplier<org.interleave.engine.quiz.QuizRecord> source) {
        quiz = source;
    }

    /** Pictures exported or copied from now on draw the lock track, or not. */
    public void drawLockTrack(boolean on) {
        lockTrack = on;
    }

    public ExportController(SessionViewModel session, Executor control, Executor fx, Supplier<DatabaseEngine> engine, Node owner) {
        this.session = session;
        this.control = control;
        this.fx = fx;
        this.engine = engine;
        this.model = new ExportViewModel(session);
        this.dialogs = new ExportDialogs(owner);
    }

    public ExportViewModel model() {
        return model;
    }

    /** Replaces the native save dialog, e.g. in tests. */
    public void chooseFilesWith(TargetChooser chooser) {
        this.chooser = chooser;
    }

    /** Asks for a file (proposing scenario-protection.ext), then writes the diagram shown now in {@code format}. */
    public void export(ExportFormat format, int scale) {
        SessionSnapshot shown = session.snapshot();
        if (shown == null) {
            model.set(ExportState.IDLE, "Open a scenario first: there is no diagram to export yet.", null);
            return;
        }
        String proposed = ExportFileName.propose(shown.plan(), format);
        Optional<TargetChooser.Choice> choice = chooser.choose(dialogs.window(), format, proposed, folder);
        if (choice.isEmpty()) return;
        Path file = ExportFileName.withExtension(choice.get().file(), format);
        boolean replace = choice.get().replaceAgreed() && file.equals(choice.get().file());
        folder = file.toAbsolutePath().getParent();
        ExportRequest request = ExportRequest.of(shown, format, scale, file, lockTrack, quiz.get());
        model.set(ExportState.WORKING, "Exporting " + file.getFileName() + "…", file);
        if (format == ExportFormat.MARKDOWN) {
            control.execute(() -> {
                List<RunRecord> others;
                try {
                    others = HandoutComparison.others(request.input().plan(), engine.get(), request.schedule());
                } catch (RuntimeException e) {
                    fail(file, e);
                    return;
                }
                worker.execute(() -> renderAndWrite(request, others, replace));
            });
        } else {
            worker.execute(() -> renderAndWrite(request, List.of(), replace));
        }
    }

    /** Puts the Mermaid text of the diagram shown now on the clipboard. */
    public void copyMermaid() {
        DiagramInput input = shownOrSay("copy");
        if (input == null) return;
        worker.execute(() -> offFx(() -> ExportRendering.mermaid(input), text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            long lines = text.lines().count();
            model.set(ExportState.DONE, "Copied the diagram as Mermaid text (" + lines + " lines) to the clipboard.", null);
        }));
    }

    /** Puts the picture of the diagram shown now on the clipboard, at 2x. */
    public void copyImage() {
        DiagramInput input = shownOrSay("copy");
        if (input == null) return;
        worker.execute(() -> offFx(() -> SwingFXUtils.toFXImage(ExportRendering.image(input, CLIPBOARD_SCALE, lockTrack), null), (Image image) -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            model.set(ExportState.DONE, "Copied the diagram as an image (" + (int) image.getWidth() + "×" + (int) image.getHeight()
                    + " px) to the clipboard.", null);
        }));
    }

    /** Lets an export under way finish, then ends the export thread; returns at once. */
    @Override
    public void close() {
        worker.close();
    }

    /** Waits for the export thread to end after {@link #close}; true when it did. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return worker.awaitTermination(millis);
    }

    private DiagramInput shownOrSay(String verb) {
        SessionSnapshot shown = session.snapshot();
        if (shown == null) model.set(ExportState.IDLE, "Open a scenario first: there is no diagram to " + verb + " yet.", null);
        return shown == null ? null : shown.diagram();
    }

    /** Export thread: computes a value, then hands it to the FX thread; a failure is reported there. */
    private <T> void offFx(java.util.function.Supplier<T> work, Consumer<T> then) {
        T value;
        try {
            value = work.get();
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = WriteProblem.drawing(e);
            fx.execute(() -> model.set(ExportState.FAILED, "Could not copy the diagram: " + reason + ".", null));
            return;
        }
        fx.execute(() -> then.accept(value));
    }

    /** Export thread. */
    private void renderAndWrite(ExportRequest request, List<RunRecord> comparison, boolean replace) {
        ExportRendering.Rendered rendered;
        try {
            rendered = ExportRendering.render(request, comparison);
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(request.file(), e);
            return;
        }
        write(request.file(), rendered, replace);
    }

    /** Export thread: writes completely or not at all; an existing file is replaced only once the user agreed. */
    private void write(Path file, ExportRendering.Rendered rendered, boolean replace) {
        try {
            AtomicFileWriter.write(file, rendered.bytes(), replace);
        } catch (FileAlreadyExistsException e) {
            fx.execute(() -> askToReplace(file, rendered));
            return;
        } catch (IOException | RuntimeException e) {
            fail(file, e);
            return;
        }
        fx.execute(() -> model.set(ExportState.DONE, "Saved " + file.getFileName() + " (" + rendered.detail() + ") in "
                + file.toAbsolutePath().getParent() + ".", file));
    }

    /** FX thread. */
    private void askToReplace(Path file, ExportRendering.Rendered rendered) {
        model.set(ExportState.WORKING, file.getFileName() + " already exists: replace it or keep it?", file);
        if (dialogs.confirmReplace(file)) {
            model.set(ExportState.WORKING, "Replacing " + file.getFileName() + "…", file);
            worker.execute(() -> write(file, rendered, true));
        } else {
            model.set(ExportState.KEPT, "Kept the existing " + file.getFileName() + "; nothing was written.", file);
        }
    }

    private void fail(Path file, Throwable problem) {
        String sentence = WriteProblem.sentence(file, problem);
        fx.execute(() -> {
            model.set(ExportState.FAILED, sentence, file);
            dialogs.showFailure(sentence);
        });
    }
}
