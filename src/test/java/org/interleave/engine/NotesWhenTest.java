// A step's narration can be tied to what it does (waits, fails, completes), so no order shows a note that is false in it.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.diagram.Runs;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesWhenTest {
    @Test
    void eachOrderShowsTheNoteOfWhatTheStepDidThere() {
        assertEquals(List.of("Adds 30 to Bob, but T2 holds the lock on his row, so T1 waits.",
                        "Needs Alice's row, which T1 holds while T1 waits for T2's, a cycle; the database rolls one of them back.",
                        "Adds 30 to Bob."),
                creditNotes("none"), "the story: T1 waits, T2 closes the cycle and is rolled back, T1 goes on");
        assertEquals(List.of("Adds 30 to Bob.", "Adds 20 to Alice."), creditNotes("lock-both-first"),
                "with both rows locked first nothing waits at the credit, and no note says it does");
    }

    private static List<String> creditNotes(String protection) {
        return Runs.record("transfer-deadlock", protection).events().stream().filter(e -> e.stepId().equals("credit"))
                .map(RunEvent::note).toList();
    }

    @Test
    void aNoteForAnOutcomeThatDoesNotExistIsNamedWithTheChoices(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad-note.yaml"), "id: x\ntitle: X\nlanes:\n  - id: T1\n    steps:\n"
                + "      - sql: SELECT 1\n        note: { wait: oops }\n      - COMMIT\n");
        LoadResult r = ScenarioLoader.load(file);
        assertTrue(r.problems().stream().anyMatch(p -> p.toString().equals(file + ":7:17: unknown key `wait` in a step's `note`"
                + " (waits, fails, completes or always) (did you mean `waits`?); known keys are always, completes, fails, waits")), r.problems().toString());
    }
}
