// The box at the foot of the diagram: the outcome in words, each check expected vs actual, final lane states, caveat.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.CheckResult;
import org.interleave.engine.LaneState;
import org.interleave.engine.Verdict;
import org.interleave.scenario.Outcome;

final class VerdictBlock {
    private VerdictBlock() {}

    /** The role of the verdict box: red anomaly, green safe, amber aborted, grey while the run is unfinished. */
    static Role role(Verdict v) {
        if (v == null) return Role.VERDICT_PENDING;
        if (v.outcome() == Outcome.ANOMALY) return Role.VERDICT_ANOMALY;
        if (v.outcome() == Outcome.ABORTED) return Role.VERDICT_ABORTED;
        return Role.VERDICT_SAFE;
    }

    /** Adds the box and its texts at (x, top), {@code width} wide; returns its bottom. */
    static double emit(List<Shape> out, DiagramInput in, LayoutMetrics m, TextMeasurer tm, double x, double top, double width) {
        Verdict v = in.verdict();
        Role role = role(v);
        double inner = width - 3 * m.pad();
        List<TextBlock> blocks = new ArrayList<>();
        List<Double> spaceBefore = new ArrayList<>();
        boolean everyLaneDone = !in.laneStates().isEmpty() && in.laneStates().values().stream().noneMatch(LaneState::open);
        if (v == null && everyLaneDone) {
            // the quiz holds the verdict back until the checks are predicted
            add(blocks, spaceBefore, 0, TextBlock.wrap("Verdict not shown yet", m.verdictTitle, role, inner, tm));
            add(blocks, spaceBefore, m.gap(), TextBlock.wrap("Every lane is done; say which checks hold, then the verdict is shown.",
                    m.verdict, Role.SETUP, inner, tm));
        } else if (v == null) {
            add(blocks, spaceBefore, 0, TextBlock.wrap("No verdict yet", m.verdictTitle, role, inner, tm));
            add(blocks, spaceBefore, m.gap(), TextBlock.wrap("The run is not finished: the checks run when every lane has done its steps ("
                    + StepWords.eventCount(in.events().size()) + " so far).", m.verdict, Role.SETUP, inner, tm));
        } else {
            add(blocks, spaceBefore, 0, TextBlock.wrap(v.line(),
                    m.verdictTitle, role, inner, tm));
            for (CheckResult c : v.checks()) {
                String mark = c.holds() ? "✓ " : "✗ ";
                add(blocks, spaceBefore, m.gap(), TextBlock.wrap(mark + c.name() + ": expected " + c.expected() + ", actual " + c.actual()
                        + (c.holds() ? " (holds)" : " (fails)"), m.verdictBold, c.holds() ? Role.VERDICT_SAFE : Role.VERDICT_ANOMALY, inner, tm));
                if (c.explain() != null && !c.explain().isBlank()) {
                    add(blocks, spaceBefore, 0, TextBlock.wrap(StepWords.oneLine(c.explain()), m.verdict, Role.SETUP, inner, tm));
                }
            }
            if (v.expected() != null && v.expected() != v.outcome()) {
                add(blocks, spaceBefore, m.gap(), TextBlock.wrap("The scenario states " + v.expected().headline() + " for this engine.",
                        m.verdictBold, Role.VERDICT_ABORTED, inner, tm));
            }
            expectedSteps(blocks, spaceBefore, in, m, tm, inner);
        }
        add(blocks, spaceBefore, m.gap(), TextBlock.wrap("Lanes: " + StepWords.laneStates(in.laneStates(), in.plan(), v != null), m.verdict, Role.SETUP, inner, tm));
        String caveat = v != null ? v.caveat() : in.plan().caveat();
        if (caveat != null && !caveat.isBlank()) {
            add(blocks, spaceBefore, m.gap(), TextBlock.wrap("Caveat: " + StepWords.oneLine(caveat), m.verdict, Role.CAVEAT, inner, tm));
        }
        double h = 2 * m.pad();
        for (int i = 0; i < blocks.size(); i++) h += blocks.get(i).height() + spaceBefore.get(i);
        out.add(new Shape.Box(role, x, top, width, h, true));
        double y = top + m.pad();
        for (int i = 0; i < blocks.size(); i++) {
            y += spaceBefore.get(i);
            blocks.get(i).emit(out, x + 1.5 * m.pad(), y, Shape.Anchor.LEFT);
            y += blocks.get(i).height();
        }
        return top + h;
    }

    /** How many steps did what the file expects of them on this engine; steps that never ran are named here. */
    private static void expectedSteps(List<TextBlock> blocks, List<Double> spaceBefore, DiagramInput in, LayoutMetrics m, TextMeasurer tm,
            double inner) {
        long stated = in.plan().lanes().stream().flatMap(l -> l.steps().stream()).filter(s -> s.expectationOn(in.engine().id()).isPresent()).count();
        if (stated == 0) return;
        List<org.interleave.engine.StepSurprise> surprises = org.interleave.engine.ExpectedSteps.surprises(in.plan(), in.engine().id(),
                in.events(), true);
        String line = surprises.isEmpty() ? "Expected steps: " + stated + " of " + stated + " did what the scenario expects on " + in.engine().id().productName() + "."
                : "Expected steps: " + surprises.size() + " of " + stated + " did not do what the scenario expects on "
                        + in.engine().id().productName() + " (marked ≠).";
        add(blocks, spaceBefore, m.gap(), TextBlock.wrap(line, m.verdictBold, surprises.isEmpty() ? Role.VERDICT_SAFE : Role.SURPRISE, inner, tm));
        for (org.interleave.engine.StepSurprise s : surprises) {
            if (s.sequence() == 0) add(blocks, spaceBefore, 0, TextBlock.wrap("≠ " + s.lane() + "." + s.stepId() + ": " + s.sentence(), m.verdict,
                    Role.SURPRISE, inner, tm));
        }
    }

    private static void add(List<TextBlock> blocks, List<Double> spaceBefore, double space, TextBlock block) {
        blocks.add(block);
        spaceBefore.add(space);
    }
}
