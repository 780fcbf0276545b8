// The same schedule under two protections on one engine, step by step: the SQL each runs, what it did, and both verdicts.
package org.interleave.engine.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.SchedulePlayer;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;

/**
 * @param schedule the lanes' picks both sides were given (each completes it with its own remaining steps)
 * @param first    the first protection's run
 * @param second   the second protection's run
 */
public record ProtectionComparison(List<String> schedule, RunRecord first, RunRecord second, List<Row> rows) {
    /**
     * One step of a lane on both sides (the nth step of the lane, for a protection may change or add steps): its SQL
     * under each (null where that side has no such step) and what each did.
     */
    public record Row(String lane, int index, String stepId, String firstSql, String secondSql, StepOutcome firstOutcome,
            StepOutcome secondOutcome) {
        public boolean sqlDiffers() {
            return !Objects.equals(firstSql, secondSql);
        }

        public boolean outcomeDiffers() {
            return firstOutcome == null || secondOutcome == null || !firstOutcome.sameAs(secondOutcome);
        }
    }

    /** Runs {@code schedule} (lane picks) under both plans on {@code engine}, one after the other. */
    public static ProtectionComparison run(RunPlan first, RunPlan second, List<String> schedule, DatabaseEngine engine) throws RunSetupException {
        RunRecord a = RunRecord.execute(first, engine, SchedulePlayer.completed(schedule, first));
        RunRecord b = RunRecord.execute(second, engine, SchedulePlayer.completed(schedule, second));
        return new ProtectionComparison(List.copyOf(schedule), a, b, rows(a, b));
    }

    private static List<Row> rows(RunRecord a, RunRecord b) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RunRecord side : List.of(a, b)) {
            Map<String, Integer> next = new HashMap<>();
            for (String lane : side.played()) {
                int index = next.merge(lane, 1, Integer::sum) - 1;
                rows.computeIfAbsent(lane + "#" + index, k -> row(a, b, lane, index));
            }
        }
        return List.copyOf(new ArrayList<>(rows.values()));
    }

    private static Row row(RunRecord a, RunRecord b, String lane, int index) {
        Step stepA = step(a, lane, index);
        Step stepB = step(b, lane, index);
        String id = stepA != null ? stepA.id() : stepB != null ? stepB.id() : "?";
        return new Row(lane, index, id, sql(a, lane, index, stepA), sql(b, lane, index, stepB), outcome(a, lane, index), outcome(b, lane, index));
    }

    private static Step step(RunRecord r, String lane, int index) {
        return r.plan().lane(lane).map(l -> index < l.steps().size() ? l.steps().get(index) : null).orElse(null);
    }

    /** The text the engine ran (from the run), else the step's own. */
    private static String sql(RunRecord r, String lane, int index, Step step) {
        for (RunEvent e : r.events()) if (e.lane().equals(lane) && e.stepIndex() == index) return e.sql();
        return step == null ? null : step.sql().forEngine(r.engine().id()).orElse(step.sql().anyText());
    }

    private static StepOutcome outcome(RunRecord r, String lane, int index) {
        return StepOutcome.in(r, lane, index).orElse(null);
    }
}
