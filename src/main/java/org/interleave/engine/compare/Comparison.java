// The same schedule on several engines, step by step: what each did, where they differ, and each verdict.
package org.interleave.engine.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Engines;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.SchedulePlayer;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;

/**
 * @param schedule the schedule asked for, completed lane by lane; every engine runs exactly this
 * @param runs     one per engine asked for, in the order asked, the unavailable ones included
 */
public record Comparison(RunPlan plan, List<String> schedule, List<EngineRun> runs, List<StepRow> rows) {

    /** Runs {@code schedule} (null: the plan's story) on each engine, one after another. */
    public static Comparison run(RunPlan plan, List<String> schedule, List<Engines.Availability> engines) {
        List<String> asked = List.copyOf(SchedulePlayer.completed(schedule == null ? plan.defaultSchedule() : schedule, plan));
        List<EngineRun> runs = new ArrayList<>();
        for (Engines.Availability a : engines) {
            if (a.engine().isEmpty()) {
                runs.add(new EngineRun(a.id(), a.id().productName(), null, a.why()));
                continue;
            }
            try {
                runs.add(new EngineRun(a.id(), a.engine().get().info().displayName(), RunRecord.execute(plan, a.engine().get(), asked), null));
            } catch (RunSetupException | RuntimeException e) {
                runs.add(new EngineRun(a.id(), a.engine().get().info().displayName(), null, "could not run: " + e.getMessage()));
            }
        }
        return new Comparison(plan, asked, List.copyOf(runs), rows(plan, asked, runs));
    }

    private static List<StepRow> rows(RunPlan plan, List<String> schedule, List<EngineRun> runs) {
        Map<String, Integer> next = new HashMap<>();
        List<StepRow> rows = new ArrayList<>();
        for (String lane : schedule) {
            int index = next.merge(lane, 1, Integer::sum) - 1;
            List<Step> steps = plan.lane(lane).orElseThrow().steps();
            if (index >= steps.size()) continue;
            Step step = steps.get(index);
            Map<EngineId, StepOutcome> outcomes = new EnumMap<>(EngineId.class);
            for (EngineRun run : runs) if (run.ran()) outcomes.put(run.id(), outcome(run.record(), lane, index));
            List<StepOutcome> seen = new ArrayList<>(outcomes.values());
            boolean differs = seen.stream().anyMatch(o -> !o.sameAs(seen.get(0)));
            rows.add(new StepRow(rows.size() + 1, lane, index, step.id(), step.sql().anyText(), outcomes, differs));
        }
        return List.copyOf(rows);
    }

    private static StepOutcome outcome(RunRecord record, String lane, int index) {
        return StepOutcome.in(record, lane, index).orElseGet(StepOutcome::notPlayed);
    }

    /** True when some step, or some verdict, differs between the engines that ran. */
    public boolean enginesDiffer() {
        List<EngineRun> ran = runs.stream().filter(EngineRun::ran).toList();
        boolean verdicts = ran.stream().map(r -> r.record().verdict() == null ? null : r.record().verdict().outcome()).distinct().count() > 1;
        return verdicts || rows.stream().anyMatch(StepRow::differs);
    }
}
