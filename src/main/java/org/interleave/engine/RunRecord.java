// Everything a run to its end produced: plan, schedules, events, final lane states, verdict, tables and surprises.
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
 * @param inside   what the database held after each step, when asked for; else empty
 * @param surprises the steps that did not do what the scenario file expected of them on this engine
 */
public record RunRecord(RunPlan plan, EngineInfo engine, List<String> schedule, List<String> played, List<String> skipped,
        List<RunEvent> events, Map<String, LaneState> lanes, Verdict verdict, List<TableSnapshot> tables, List<InsideAt> inside,
        List<StepSurprise> surprises) {

    /**
     * @param afterEvent     the sequence number of the last event when the database was read
     * @param deadlockStood  read while the step stood in a deadlock, before the database broke it (its event follows)
     */
    public record InsideAt(int afterEvent, Inside inside, boolean deadlockStood) {}

    /** Runs {@code schedule} (or the plan's default when null) to the end on a fresh database. */
    public static RunRecord execute(RunPlan plan, DatabaseEngine engine, List<String> schedule) throws RunSetupException {
        return execute(plan, engine, schedule, false);
    }

    /** As {@link #execute(RunPlan, DatabaseEngine, List)}; with {@code readInside} the database is read after every step. */
    public static RunRecord execute(RunPlan plan, DatabaseEngine engine, List<String> schedule, boolean readInside) throws RunSetupException {
        try (Run run = Run.start(plan, engine, RunListener.NONE)) {
            List<String> asked = SchedulePlayer.completed(schedule == null ? plan.defaultSchedule() : schedule, run);
            List<InsideAt> inside = new java.util.ArrayList<>();
            if (readInside) run.watchBetweenSteps();
            int[] lastBefore = {0};
            SchedulePlayer.Playback playback = SchedulePlayer.play(run, asked, readInside ? lane -> {
                List<RunEvent> events = run.events();
                int last = events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
                // read while the step stood in the cycle: told before the step's answer
                run.deadlockSeenInLastStep().ifPresent(stood -> inside.add(new InsideAt(lastBefore[0], stood, true)));
                inside.add(new InsideAt(last, run.inside(), false));
                lastBefore[0] = last;
            } : lane -> {});
            Map<String, LaneState> lanes = new LinkedHashMap<>();
            for (String lane : run.laneIds()) lanes.put(lane, run.laneState(lane));
            Verdict verdict = run.isFinished() ? run.verdict() : null;
            return new RunRecord(plan, engine.info(), asked, playback.played(), playback.skipped(), run.events(),
                    lanes, verdict, run.committedTables(), List.copyOf(inside),
                    ExpectedSteps.surprises(plan, engine.info().id(), run.events(), true));
        }
    }
}
