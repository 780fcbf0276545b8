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

    private static List<String> textsOf(DiagramLayout l, Role role) {
        return l.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == role).map(s -> ((Shape.Text) s).text()).toList();
    }

    @Test
    void aLockTakenIsMarkedOncePerLaneAndTransaction() {
        DiagramLayout l = new SequenceLayoutBuilder(MEASURER).layout(Runs.input("credits-lost-update", "for-update"));
        String marks = String.join(" ", textsOf(l, Role.LOCK_TAKEN)).replaceAll("\\s+", " ");
        assertEquals(2, marks.split("holds this row's lock").length - 1, "T1's read FOR UPDATE and T2's; their UPDATEs take no new lock: " + marks);
        assertTrue(marks.startsWith("T1 holds this row's lock until its transaction ends"), marks);
    }

    @Test
    void anUnprotectedWriteIsMarkedAndAPlainReadIsNot() {
        DiagramLayout l = new SequenceLayoutBuilder(MEASURER).layout(Runs.input("credits-lost-update", "none"));
        String marks = String.join(" ", textsOf(l, Role.LOCK_TAKEN)).replaceAll("\\s+", " ");
        assertEquals(2, marks.split("holds this row's lock").length - 1, "each UPDATE locks the row; the plain SELECTs lock nothing: " + marks);
    }

    @Test
    void whatAWriteChangedIsShownBeforeAndAfter() {
        DiagramInput in = Runs.input("credits-lost-update", "none");
        String written = String.join(" ", textsOf(new SequenceLayoutBuilder(MEASURER).layout(in), Role.WRITTEN));
        assertTrue(written.contains("id 1: balance 1000 → 950") && written.contains("id 1: balance 950 → 1100"),
                "T2 writes 950, then T1 overwrites it with 1100: " + written);
        assertTrue(MermaidWriter.write(in).contains("1 row changed: id 1: balance 950 → 1100"));
    }

    @Test
    void anAutocommitLaneHoldsNoLockAfterItsStatement() {
        String yaml = """
                id: auto
                title: Autocommit
                setup:
                  - CREATE TABLE acc (id INT PRIMARY KEY, v INT NOT NULL)
                  - INSERT INTO acc VALUES (1, 10)
                lanes:
                  - id: T1
                    mode: autocommit
                    steps: [ "UPDATE acc SET v = 11 WHERE id = 1" ]
                  - id: T2
                    steps: [ "SELECT v FROM acc WHERE id = 1", COMMIT ]
                schedule: [T1, T2, T2]
                checks:
                  - name: v
                    sql: SELECT v FROM acc WHERE id = 1
                    expect: 11
                """;
        DiagramLayout l = new SequenceLayoutBuilder(MEASURER).layout(DiagramInput.of(Runs.fromYaml(yaml, null)));
        assertTrue(textsOf(l, Role.LOCK_TAKEN).isEmpty(), "its lock ended with its statement");
        assertEquals(List.of("id 1 now: v = 11"), textsOf(l, Role.WRITTEN), "committed before it could be read: no before value");
    }
}
