// Tests the layout as a viewer would see it: column order, every SQL and answer shown, waits, errors, markers, verdict.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.junit.jupiter.api.Test;

class SequenceLayoutBuilderTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    static DiagramLayout layout(DiagramInput in) {
        return new SequenceLayoutBuilder(MEASURER).layout(in);
    }

    static List<Shape.Text> texts(DiagramLayout l) {
        return l.shapes().stream().filter(s -> s instanceof Shape.Text).map(s -> (Shape.Text) s).toList();
    }

    /** All text of a role, joined with spaces, so wrapped lines read as one. */
    static String joined(DiagramLayout l, Role role) {
        return texts(l).stream().filter(t -> t.role() == role).map(Shape.Text::text).collect(Collectors.joining(" "));
    }

    static String allText(DiagramLayout l) {
        return texts(l).stream().map(Shape.Text::text).collect(Collectors.joining(" "));
    }

    @Test
    void databaseSitsBetweenTheTwoLanes() {
        DiagramLayout l = layout(Runs.input("credits-lost-update", "none"));
        assertTrue(l.laneX().get("T1") < l.laneX().get(DiagramLayout.DATABASE));
        assertTrue(l.laneX().get(DiagramLayout.DATABASE) < l.laneX().get("T2"));
    }

    @Test
    void showsTitleProtectionIsolationAndEveryStepWithItsSqlAndAnswer() {
        DiagramInput in = Runs.input("credits-lost-update", "none");
        DiagramLayout l = layout(in);
        String titles = joined(l, Role.TITLE) + " " + joined(l, Role.SUBTITLE);
        assertTrue(titles.contains("Shop credits"), titles);
        assertTrue(titles.contains("No protection"), titles);
        assertTrue(titles.contains("T1 READ COMMITTED, T2 READ COMMITTED"), titles);
        String requests = joined(l, Role.REQUEST);
        for (RunEvent e : in.events()) assertTrue(requests.contains(StepWords.sql(e)), "missing SQL of step " + e.sequence() + ": " + StepWords.sql(e));
        assertTrue(joined(l, Role.BIND).contains("[:cur_balance = 1000]"), "binds with their values");
        assertTrue(joined(l, Role.RESULT).contains("balance = 1000"));
        assertTrue(joined(l, Role.WRITTEN).contains("id 1: balance 950 → 1100"), "what T1's UPDATE wrote, over the 950 T2 committed");
        assertEquals(4, texts(l).stream().filter(t -> t.role() == Role.COMMIT && t.text().equals("committed")).count(),
                "each lane's COMMIT answer and header say committed");
        assertTrue(joined(l, Role.NOTE).contains("The application reads the balance"), "narration notes are shown");
    }

    @Test
    void numbersStepsLikeTheTranscriptAndKeepsThemInTimeOrder() {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        DiagramLayout l = layout(in);
        List<String> badges = texts(l).stream().filter(t -> t.role() == Role.STEP_NUMBER).map(Shape.Text::text).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), badges);
        double previous = -1;
        for (RunEvent e : in.events()) {
            double top = l.eventTop().get(e.sequence());
            assertTrue(top > previous, "step " + e.sequence() + " is below the one before");
            previous = top;
        }
        assertTrue(l.newestY() > previous && l.newestY() < l.height(), "newestY is the bottom of the newest step");
    }

    @Test
    void aWaitIsMarkedAndItsBarRunsOnTheLaneUntilTheLockIsGranted() {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        DiagramLayout l = layout(in);
        assertTrue(joined(l, Role.WAIT).contains("waiting for T1's lock"), joined(l, Role.WAIT));
        double t2 = l.laneX().get("T2");
        Shape.Box bar = l.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.WAIT && b.x() < t2 && b.x() + b.width() > t2)
                .map(s -> (Shape.Box) s).findFirst().orElseThrow(() -> new AssertionError("no wait bar on T2's lifeline"));
        Shape.Line released = l.shapes().stream().filter(s -> s instanceof Shape.Line ln && ln.role() == Role.RELEASED)
                .map(s -> (Shape.Line) s).findFirst().orElseThrow(() -> new AssertionError("no arrow for the step completing after its wait"));
        assertEquals(released.y1(), bar.y() + bar.height(), 0.01, "the wait ends where the lock is granted");
        RunEvent waiting = in.events().stream().filter(e -> e.status() == StepStatus.WAITING).findFirst().orElseThrow();
        assertTrue(bar.y() > l.eventTop().get(waiting.sequence()), "the wait starts at the waiting step");
        assertTrue(joined(l, Role.RELEASED).contains("lock granted after waiting since step " + waiting.sequence()));
        assertTrue(joined(l, Role.RESULT).contains("balance = 1100"), "the released read sees the committed balance");
    }

    @Test
    void aFailedStepIsARedCrossedArrowWithTheErrorInWordsAndTheLaneIsRolledBack() {
        DiagramLayout l = layout(Runs.input("credits-lost-update", "repeatable-read"));
        assertTrue(l.shapes().stream().anyMatch(s -> s instanceof Shape.Line ln && ln.role() == Role.ERROR && ln.head() == Shape.Head.CROSS));
        String error = joined(l, Role.ERROR);
        assertTrue(error.contains("serialization failure") && error.contains("40001"), error);
        assertTrue(error.contains("T1 is rolled back"), error);
        double t1 = l.laneX().get("T1");
        assertTrue(l.shapes().stream().anyMatch(s -> s instanceof Shape.Box b && b.role() == Role.ROLLBACK && b.x() < t1 && b.x() + b.width() > t1),
                "the rollback is marked on T1's lifeline");
        assertTrue(joined(l, Role.SKIPPED).contains("not run: T1 was aborted earlier"));
        assertTrue(joined(l, Role.ROLLBACK).contains("aborted"), "T1's header says aborted");
    }

    @Test
    void commitsAreMarkedOnTheLifelines() {
        DiagramLayout l = layout(Runs.input("credits-lost-update", "none"));
        for (String lane : List.of("T1", "T2")) {
            double x = l.laneX().get(lane);
            assertTrue(l.shapes().stream().anyMatch(s -> s instanceof Shape.Box b && b.role() == Role.COMMIT && b.x() < x && b.x() + b.width() > x),
                    "commit marker on " + lane);
        }
    }

    @Test
    void verdictBoxHasTheOutcomeColourAndEachCheckExpectedVersusActual() {
        DiagramLayout anomaly = layout(Runs.input("credits-lost-update", "none"));
        assertTrue(anomaly.shapes().stream().anyMatch(s -> s.role() == Role.VERDICT_ANOMALY && s instanceof Shape.Box));
        assertTrue(joined(anomaly, Role.VERDICT_ANOMALY).contains("expected 1050, actual 1100"), joined(anomaly, Role.VERDICT_ANOMALY));
        assertFalse(anomaly.shapes().stream().anyMatch(s -> s.role() == Role.VERDICT_SAFE), "an anomaly has no green box");
        DiagramLayout safe = layout(Runs.input("credits-lost-update", "for-update"));
        assertTrue(safe.shapes().stream().anyMatch(s -> s.role() == Role.VERDICT_SAFE && s instanceof Shape.Box));
        DiagramLayout aborted = layout(Runs.input("credits-lost-update", "repeatable-read"));
        assertTrue(aborted.shapes().stream().anyMatch(s -> s.role() == Role.VERDICT_ABORTED && s instanceof Shape.Box));
        assertTrue(joined(aborted, Role.CAVEAT).contains("MariaDB"), "the caveat is shown");
    }

    @Test
    void anUnfinishedRunShowsItsWaitStillOpenAndNoVerdict() {
        DiagramInput in = Runs.snapshot("credits-lost-update", "for-update", List.of("T1", "T2"));
        DiagramLayout l = layout(in);
        assertTrue(l.shapes().stream().anyMatch(s -> s.role() == Role.VERDICT_PENDING && s instanceof Shape.Box));
        assertTrue(joined(l, Role.VERDICT_PENDING).contains("No verdict yet"));
        double lifelineEnd = l.shapes().stream().filter(s -> s instanceof Shape.Line ln && ln.role() == Role.LIFELINE).mapToDouble(s -> ((Shape.Line) s).y2())
                .max().orElseThrow();
        assertTrue(l.shapes().stream().anyMatch(s -> s instanceof Shape.Box b && b.role() == Role.WAIT && Math.abs(b.y() + b.height() - lifelineEnd) < 0.01),
                "the wait bar runs to the end of the lifeline while T2 still waits");
        assertTrue(joined(l, Role.WAIT).contains("waiting"), "T2's header says waiting");
    }

    @Test
    void noTextOverlapsOtherTextOrLeavesTheDiagram() {
        List<String[]> runs = new java.util.ArrayList<>();
        for (org.interleave.scenario.Scenario s : org.interleave.scenario.ScenarioLibrary.builtIn().scenarios()) {
            runs.add(new String[] {s.id(), "none"});
            for (org.interleave.scenario.Protection p : s.protections()) runs.add(new String[] {s.id(), p.id()});
        }
        for (String[] run : runs) {
            for (boolean compact : List.of(false, true)) assertNoTextOverlaps(run[0] + "/" + run[1] + (compact ? " (compact)" : ""),
                    new SequenceLayoutBuilder(MEASURER, 1.0, compact).layout(Runs.input(run[0], run[1])));
        }
    }

    private static void assertNoTextOverlaps(String protection, DiagramLayout l) {
        List<double[]> boxes = texts(l).stream().map(SequenceLayoutBuilderTest::bounds).toList();
        for (int i = 0; i < boxes.size(); i++) {
            double[] a = boxes.get(i);
            assertTrue(a[0] >= 0 && a[2] <= l.width() && a[1] >= 0 && a[3] <= l.height(), protection + ": text outside: " + texts(l).get(i).text());
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
                assertFalse(overlap, protection + ": `" + texts(l).get(i).text() + "` overlaps `" + texts(l).get(j).text() + "`");
            }
        }
    }

    /** left, top, right, bottom of a text line as the fixed-width measurer sees it. */
    private static double[] bounds(Shape.Text t) {
        double w = MEASURER.width(t.text(), t.font());
        double left = t.anchor() == Shape.Anchor.LEFT ? t.x() : t.anchor() == Shape.Anchor.CENTER ? t.x() - w / 2 : t.x() - w;
        double top = t.y() - MEASURER.ascent(t.font());
        return new double[] {left, top, left + w, top + t.font().size() * 1.2};
    }

    @Test
    void oneLaneSitsLeftOfTheDatabaseAndThreeLanesPutTwoLeftAndOneRight() {
        DiagramLayout one = layout(Runs.input("charge-then-crash-atomicity", "none"));
        assertTrue(one.laneX().get("T1") < one.laneX().get(DiagramLayout.DATABASE));
        assertTrue(joined(one, Role.CRASH).contains("crashed"), "the crash is said in words");
        DiagramLayout three = layout(DiagramInput.of(Runs.fromYaml(ThreeLanes.YAML, "none")));
        assertTrue(three.laneX().get("T1") < three.laneX().get("T2"));
        assertTrue(three.laneX().get("T2") < three.laneX().get(DiagramLayout.DATABASE));
        assertTrue(three.laneX().get(DiagramLayout.DATABASE) < three.laneX().get("T3"));
        Shape.Table table = three.shapes().stream().filter(s -> s instanceof Shape.Table).map(s -> (Shape.Table) s).findFirst()
                .orElseThrow(() -> new AssertionError("several rows are drawn as a table"));
        List<String> cells = table.cells().stream().map(Shape.Text::text).toList();
        assertTrue(cells.containsAll(List.of("id", "name", "Fallen Stars", "Blue Moon", "70")), cells.toString());
    }

    @Test
    void fontScaleMakesTextBiggerAndTheDiagramWider() {
        DiagramInput in = Runs.input("credits-lost-update", "none");
        DiagramLayout normal = layout(in);
        DiagramLayout big = new SequenceLayoutBuilder(MEASURER, 1.5).layout(in);
        double normalTitle = texts(normal).stream().filter(t -> t.role() == Role.TITLE).findFirst().orElseThrow().font().size();
        double bigTitle = texts(big).stream().filter(t -> t.role() == Role.TITLE).findFirst().orElseThrow().font().size();
        assertEquals(normalTitle * 1.5, bigTitle, 0.001);
        assertTrue(big.width() > normal.width() * 1.3 && big.height() > normal.height() * 1.3);
        assertNotNull(big.laneX().get("T2"));
    }
}
