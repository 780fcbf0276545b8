// Everything a run to its end produced: plan, schedules, events, final lane states, verdict and tables.
package org.interleave.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.scenario.RunPlan;

/**
 * @param schedule the schedule asked for (completed with any steps it left out)
 * @param played   the order in which the steps were really issued
 * @param skipped  schedule entries that could not be played, with why
 * @param verdict  null when the run could not finish
 */
public record RunRecord(RunPlan plan, EngineInfo engine, List<String> schedule, List<String> played, List<String> skipped,
        List<RunEvent> events, Map<String, LaneState> lanes, Verdict verdict, List<TableSnapshot> tables) {

    /** Runs {@code schedule} (or the plan's default when null) to the end on a fresh database. */
    public static RunRecord execute(RunPlan plan, DatabaseEngine engine, List<String> schedule) throws RunSetupException {
        try (Run run = Run.start(plan, engine, RunListener.NONE)) {
            List<String> asked = SchedulePlayer.completed(schedule == null ? plan.defaultSchedule() : schedule, run);
            SchedulePlayer.Playback playback = SchedulePlayer.play(run, asked);
            Map<String, LaneState> lanes = new LinkedHashMap<>();
            for (String lane : run.laneIds()) lanes.put(lane, run.laneState(lane));
            Verdict verdict = run.isFinished() ? run.verdict() : null;
            return new RunRecord(plan, engine.info(), asked, playback.played(), playback.skipped(), run.events(),
                    lanes, verdict, run.committedTables());
        }
    }
}
