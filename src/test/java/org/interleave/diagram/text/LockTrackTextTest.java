// The lock track in the text exports: Mermaid and PlantUML activate a lane while it holds a row lock, the handout lists the locks.
package org.interleave.diagram.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.Runs;
import org.junit.jupiter.api.Test;

class LockTrackTextTest {
    private static final DiagramInput FOR_UPDATE = Runs.input("credits-lost-update", "for-update");

    private static List<String> activations(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("activate ") || l.startsWith("deactivate ")).toList();
    }

    @Test
    void mermaidAndPlantUmlActivateALaneFromItsLockToItsCommit() {
        assertEquals(List.of("activate T1", "deactivate T1", "activate T2", "deactivate T2"), activations(MermaidWriter.write(FOR_UPDATE, true)));
        assertEquals(List.of("activate T1 #E0A526", "deactivate T1", "activate T2 #E0A526", "deactivate T2"),
                activations(PlantUmlWriter.write(FOR_UPDATE, true)));
        String mermaid = MermaidWriter.write(FOR_UPDATE, true);
        assertTrue(mermaid.indexOf("activate T1") > mermaid.indexOf("1. SELECT balance FROM accounts WHERE id = 1 FOR UPDATE")
                && mermaid.indexOf("deactivate T1") > mermaid.indexOf("4. COMMIT"), "from T1's read to its COMMIT:\n" + mermaid);
        assertEquals(List.of(), activations(MermaidWriter.write(FOR_UPDATE, false)), "only when asked for");
    }

    @Test
    void theHandoutListsTheLocksHeld() {
        String md = MarkdownHandout.write(FOR_UPDATE, List.of(), true);
        assertTrue(md.contains("## Locks held\n\n- T1 holds this row's lock from step 1 to step 4 (committed)\n"
                + "- T2 holds this row's lock from step 5 to step 7 (committed)\n"), md);
        assertFalse(MarkdownHandout.write(FOR_UPDATE, List.of(), false).contains("## Locks held"));
    }

    @Test
    void aLockStillHeldWhenTheRunStoodIsClosedAndSaidSo() {
        DiagramInput midway = Runs.snapshot("credits-lost-update", "for-update", List.of("T1"));
        assertEquals(List.of("activate T1", "deactivate T1"), activations(MermaidWriter.write(midway, true)));
        assertTrue(MarkdownHandout.write(midway, List.of(), true).contains("- T1 holds this row's lock from step 1, still held when the run stood"));
    }
}
