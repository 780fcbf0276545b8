// Writes the statements typed into the lanes' consoles into the scenario's file, each before the step it came before.
package org.interleave.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.StepInsertion;
import org.interleave.ui.session.SessionViewModel.ConsoleStep;

public final class TypedStepsFile {
    private TypedStepsFile() {}

    /** Why the typed steps cannot be written now, in a sentence, or null when they can. */
    public static String cannotWrite(List<ConsoleStep> typed, String file, String protectionId) {
        if (typed.isEmpty()) return "Nothing typed yet: run a statement first.";
        if (file.isEmpty()) return "A built-in scenario has no file of yours: open it in the editor (E) and Save As first.";
        if (!RunPlan.UNPROTECTED.equals(protectionId)) {
            return "Switch the protection off to write into the file: a protection's steps are not the file's own.";
        }
        return null;
    }

    /**
     * Reads and writes the file on {@code io} (whole or not at all), then tells how it went on {@code fx}, and calls
     * {@code written} there after a write.
     */
    public static void write(List<ConsoleStep> typed, Scenario scenario, Path path, Executor io, Executor fx, Consumer<String> tell,
            Runnable written) {
        List<StepInsertion.Insert> inserts = inserts(typed);
        io.execute(() -> {
            String problem = writeNow(scenario, path, inserts);
            fx.execute(() -> {
                if (problem != null) {
                    tell.accept("Not saved: " + problem);
                    return;
                }
                tell.accept("Written into " + path.getFileName() + ": " + typed.size() + (typed.size() == 1 ? " step" : " steps") + ".");
                written.run();
            });
        });
    }

    /** Each typed step's place among the lane's steps as the file has them: earlier typed steps of that lane do not count. */
    static List<StepInsertion.Insert> inserts(List<ConsoleStep> typed) {
        List<StepInsertion.Insert> inserts = new ArrayList<>();
        for (int k = 0; k < typed.size(); k++) {
            ConsoleStep c = typed.get(k);
            int earlier = 0;
            for (int j = 0; j < k; j++) if (typed.get(j).lane().equals(c.lane()) && typed.get(j).index() <= c.index()) earlier++;
            inserts.add(new StepInsertion.Insert(c.lane(), c.index() - earlier, c.step().id(), c.step().sql().anyText()));
        }
        return inserts;
    }

    private static String writeNow(Scenario scenario, Path path, List<StepInsertion.Insert> inserts) {
        try {
            List<String> whyNot = new ArrayList<>();
            Optional<String> text = StepInsertion.into(Files.readString(path), scenario, inserts, whyNot);
            if (text.isEmpty()) return String.join("; ", whyNot);
            EditorModel.writeWhole(path, text.get());
            return null;
        } catch (IOException | RuntimeException e) {
            return "could not write " + path.getFileName() + ": " + e.getMessage();
        }
    }
}
