// The lock track: beside each lane, a bar from the step that took a row lock to the end of its transaction, when asked for.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LockTrackTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    private static List<Shape.Box> tracks(DiagramLayout l) {
        return l.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.LOCK_TRACK).map(s -> (Shape.Box) s).toList();
    }

    private static double badgeY(DiagramLayout l, String number) {
        return l.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.STEP_NUMBER && t.text().equals(number))
                .mapToDouble(s -> ((Shape.Text) s).y()).findFirst().orElseThrow();
    }

    @Test
    void eachLaneHoldsTheRowFromItsForUpdateReadToItsCommitBesideItsOwnLifeline() {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        DiagramLayout l = new SequenceLayoutBuilder(MEASURER).withLockTrack(true).layout(in);
        List<Shape.Box> tracks = tracks(l);
        assertEquals(2, tracks.size(), "one span a lane: " + tracks);
        Shape.Box t1 = tracks.stream().filter(b -> b.x() < l.laneX().get(DiagramLayout.DATABASE)).findFirst().orElseThrow();
        Shape.Box t2 = tracks.stream().filter(b -> b.x() > l.laneX().get(DiagramLayout.DATABASE)).findFirst().orElseThrow();
        assertTrue(t1.x() + t1.width() < l.laneX().get("T1"), "T1's track lies outside its lifeline, away from the database");
        assertTrue(t2.x() > l.laneX().get("T2"), "T2's track lies outside its lifeline, away from the database");
        // the story: T1 read (1), T2 read waits (2), T1 write (3), T1 commit (4), T2's read released (5), write (6), commit (7)
        assertTrue(t1.y() > badgeY(l, "1") && t1.y() < badgeY(l, "2"), "T1 holds the row from its read's answer");
        assertTrue(t1.y() + t1.height() > badgeY(l, "4") && t1.y() + t1.height() < badgeY(l, "5") + 40, "until its COMMIT");
        assertTrue(t2.y() > badgeY(l, "4"), "T2 holds it only once released, after T1's COMMIT");
    }

    @Test
    void theTrackIsDrawnOnlyWhenAskedFor() {
        assertTrue(tracks(new SequenceLayoutBuilder(MEASURER).layout(Runs.input("credits-lost-update", "for-update"))).isEmpty());
    }
}
