// A scenario with one protection (or none) applied: exactly what the engine runs.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * @param protection the applied protection, or null for the unprotected scenario
 * @param caveat     where the engines differ for this variant, or null
 * @param scheduleName the named schedule chosen (its lanes then hold the steps it names, in its order), or null for the default
 */
public record RunPlan(
        Scenario scenario,
        Protection protection,
        List<EngineSql> setup,
        List<Lane> lanes,
        List<ScheduleEntry> schedule,
        List<Check> checks,
        Map<EngineId, Outcome> expect,
        String caveat,
        String scheduleName) {

    public static final String UNPROTECTED = "none";

    public RunPlan(Scenario scenario, Protection protection, List<EngineSql> setup, List<Lane> lanes, List<ScheduleEntry> schedule,
            List<Check> checks, Map<EngineId, Outcome> expect, String caveat) {
        this(scenario, protection, setup, lanes, schedule, checks, expect, caveat, null);
    }

    public String protectionId() {
        return protection == null ? UNPROTECTED : protection.id();
    }

    public String protectionTitle() {
        return protection == null ? "No protection" : protection.title();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public List<String> laneIds() {
        return lanes.stream().map(Lane::id).toList();
    }

    public List<String> defaultSchedule() {
        return schedule.stream().map(ScheduleEntry::lane).toList();
    }

    /** The same plan with {@code step} put into the lane's steps at {@code index} (a statement typed in the window's console). */
    public RunPlan withStepAt(String laneId, int index, Step step) {
        List<Lane> changed = new ArrayList<>();
        for (Lane lane : lanes) {
            if (!lane.id().equals(laneId)) {
                changed.add(lane);
                continue;
            }
            List<Step> steps = new ArrayList<>(lane.steps());
            steps.add(Math.max(0, Math.min(index, steps.size())), step);
            changed.add(lane.withSteps(steps));
        }
        return new RunPlan(scenario, protection, setup, List.copyOf(changed), schedule, checks, expect, caveat, scheduleName);
    }

    /** The same plan with one lane's isolation level changed (a choice made by the user, not the file). */
    public RunPlan withIsolation(String laneId, Isolation level) {
        List<Lane> changed = new ArrayList<>();
        for (Lane lane : lanes) {
            changed.add(lane.id().equals(laneId) ? lane.withIsolation(level) : lane);
        }
        return new RunPlan(scenario, protection, setup, List.copyOf(changed), schedule, checks, expect, caveat, scheduleName);
    }
}
