// With three lanes or more, every step's labels stand between the Database and the lane nearest it: none crosses another lane's lifeline.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelsBetweenLifelinesTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Set<Role> LABELS = EnumSet.of(Role.REQUEST, Role.BIND, Role.RESULT, Role.WRITTEN, Role.LOCK_TAKEN, Role.RELEASED,
            Role.ERROR, Role.DEADLOCK, Role.SKIPPED, Role.SURPRISE, Role.COMMIT, Role.ROLLBACK);

    private static final String FOUR_LANES = """
            id: four-lanes
            title: Four lanes
            setup:
              - CREATE TABLE r (id INT PRIMARY KEY, v INT NOT NULL)
              - INSERT INTO r VALUES (1, 0), (2, 0), (3, 0), (4, 0)
            lanes:
              - id: T1
                label: "T1 · a long label for the first lane"
                steps:
                  - { id: w, sql: UPDATE r SET v = v + 1 WHERE id = 1 }
                  - { id: c, sql: COMMIT }
              - id: T2
                steps:
                  - { id: w, sql: UPDATE r SET v = v + 1 WHERE id = 1, expect: completes }
                  - { id: c, sql: COMMIT }
              - id: T3
                steps:
                  - { id: q, sql: "SELECT id, v FROM r WHERE v >= 0 AND id BETWEEN 1 AND 4 ORDER BY id" }
                  - { id: c, sql: COMMIT }
              - id: T4
                steps:
                  - { id: w, sql: "UPDATE r SET v = v + 10 WHERE id = 2 AND v >= 0 AND v < 1000000" }
                  - { id: c, sql: COMMIT }
            schedule: [T1, T2, T3, T4, T1, T3, T4, T2]
            checks:
              - { name: total, sql: SELECT SUM(v) FROM r, expect: 12 }
            """;

    /** Each label that crosses the lifeline of a lane other than its own, in words. */
    private static List<String> crossings(DiagramLayout layout) {
        Map<String, Double> lanes = layout.laneX();
        Shape.Line lifeline = layout.shapes().stream().filter(s -> s instanceof Shape.Line l && l.role() == Role.LIFELINE).map(s -> (Shape.Line) s)
                .findFirst().orElseThrow();
        List<String> crossings = new ArrayList<>();
        for (Shape s : layout.shapes()) {
            List<Shape.Text> texts = s instanceof Shape.Text t ? List.of(t) : s instanceof Shape.Table table ? table.cells() : List.of();
            for (Shape.Text t : texts) {
                if (!LABELS.contains(t.role()) && !(s instanceof Shape.Table)) continue;
                if (t.y() < lifeline.y1() || t.y() > lifeline.y2()) continue; // the headers' and the verdict's texts
                double w = MEASURER.width(t.text(), t.font());
                double from = t.anchor() == Shape.Anchor.LEFT ? t.x() : t.anchor() == Shape.Anchor.RIGHT ? t.x() - w : t.x() - w / 2;
                for (Map.Entry<String, Double> lane : lanes.entrySet()) {
                    if (lane.getKey().equals(DiagramLayout.DATABASE)) continue;
                    if (lane.getValue() > from && lane.getValue() < from + w) crossings.add("`" + t.text() + "` crosses " + lane.getKey());
                }
            }
        }
        return crossings;
    }

    @Test
    void noLabelOfFourLanesCrossesAnotherLanesLifeline() {
        DiagramLayout layout = new SequenceLayoutBuilder(MEASURER).layout(DiagramInput.of(Runs.fromYaml(FOUR_LANES, "none")));
        assertEquals(List.of(), crossings(layout));
        Map<String, Double> x = layout.laneX();
        assertTrue(x.get("T1") < x.get("T2") && x.get("T2") < x.get(DiagramLayout.DATABASE) && x.get(DiagramLayout.DATABASE) < x.get("T3")
                && x.get("T3") < x.get("T4"), "T1 T2 | Database | T3 T4: " + x);
        assertTrue(layout.shapes().stream().anyMatch(s -> s instanceof Shape.Text t && t.role() == Role.SURPRISE),
                "T2's write waited though expected to complete at once: marked");
    }

    @Test
    void noLabelOfThreeLanesCrossesAnotherLanesLifeline() {
        DiagramLayout layout = new SequenceLayoutBuilder(MEASURER).layout(DiagramInput.of(Runs.fromYaml(ThreeLanes.YAML, "none")));
        assertEquals(List.of(), crossings(layout));
    }
}
