// What the class must see of locks: the line from T1's COMMIT to the step it released, and a deadlock told as its cycle,
// in the window's diagram and the pictures (one layout) as in the Mermaid and PlantUML texts.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.diagram.text.MermaidWriter;
import org.junit.jupiter.api.Test;

class LockMarksTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    @Test
    void theCommitThatReleasedALockIsLinkedToTheStepItReleased() {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        DiagramLayout l = new SequenceLayoutBuilder(MEASURER).layout(in);
        List<Shape.Line> links = l.shapes().stream().filter(s -> s instanceof Shape.Line line && line.role() == Role.RELEASE_LINK)
                .map(s -> (Shape.Line) s).toList();
        assertEquals(1, links.size(), "one release, one link");
        Shape.Line link = links.get(0);
        assertTrue(Math.abs(link.x1() - l.laneX().get("T1")) < 20 && Math.abs(link.x2() - l.laneX().get("T2")) < 20, "from T1 to T2");
        assertTrue(link.y2() > link.y1(), "down the page, from cause to effect");
        assertTrue(MermaidWriter.write(in).contains("lock granted after waiting since step 2, released by T1's COMMIT (step 4)"));
    }

    @Test
    void aDeadlockIsToldAsTheCycleItIs() {
        DiagramInput in = Runs.input("transfer-deadlock", "none");
        String words = "⟲ deadlock: T2 waited for T1, and T1 for T2; the database chose T2 as the victim";
        String all = SequenceLayoutBuilderTest.allText(new SequenceLayoutBuilder(MEASURER).layout(in));
        assertTrue(all.replaceAll("\\s+", " ").contains(words), all);
        assertTrue(MermaidWriter.write(in).contains(words.replace(";", "#59;")), MermaidWriter.write(in));
        assertTrue(MermaidWriter.write(in).contains("released by T2's #101;nd (aborted, step 4)"), "the victim's end released T1 (Mermaid spells \"end\" so)");
    }
}
