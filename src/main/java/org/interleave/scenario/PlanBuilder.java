// Applies a protection to a scenario (isolation, mode, step changes, setup, checks), giving the RunPlan to run.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class PlanBuilder {
    private PlanBuilder() {}

    /** The unprotected scenario as a plan. */
    public static RunPlan unprotected(Scenario scenario) {
        return new RunPlan(scenario, null, scenario.setup(), scenario.lanes(), scenario.schedule(), scenario.checks(),
                scenario.expect(), scenario.caveat());
    }

    /** The plan for a protection id, or for the unprotected scenario when the id is null or "none", in its default schedule. */
    public static RunPlan plan(Scenario scenario, String protectionId) {
        return plan(scenario, protectionId, (NamedSchedule) null);
    }

    /**
     * As {@link #plan(Scenario, String)}, played in {@code schedule} (null: the default one). A schedule that names
     * steps (`T1.read`) also says which steps each lane runs: the plan's lanes then hold exactly those, in its order.
     *
     * @throws IllegalArgumentException for an unknown protection, or a schedule naming a lane or step the plan lacks
     */
    public static RunPlan plan(Scenario scenario, String protectionId, NamedSchedule schedule) {
        RunPlan base = variant(scenario, protectionId);
        NamedSchedule chosen = schedule != null ? schedule : new NamedSchedule(null, base.schedule(), Pos.UNKNOWN);
        return schedule != null || chosen.namesSteps() ? ScheduleSteps.apply(base, chosen) : base;
    }

    /** As above, with the scenario's named schedule {@code scheduleName} (by name or position from 1). */
    public static RunPlan plan(Scenario scenario, String protectionId, String scheduleName) {
        if (scheduleName == null) return plan(scenario, protectionId);
        NamedSchedule named = scenario.schedule(scheduleName).orElseThrow(() -> new IllegalArgumentException("scenario " + scenario.id()
                + " has no schedule `" + scheduleName + "`" + (scenario.schedules().isEmpty() ? " (it names none under `schedules:`)"
                        : Spelling.didYouMean(scheduleName, scenario.scheduleNames()) + "; it has: " + String.join(", ", scenario.scheduleNames()))));
        return plan(scenario, protectionId, named);
    }

    /** The scenario with one protection applied (or none), its lanes as written. */
    private static RunPlan variant(Scenario scenario, String protectionId) {
        if (protectionId == null || protectionId.equals(RunPlan.UNPROTECTED)) return unprotected(scenario);
        Protection protection = scenario.protection(protectionId).orElseThrow(() -> new IllegalArgumentException(
                "scenario " + scenario.id() + " has no protection `" + protectionId + "`; it has: "
                        + String.join(", ", scenario.protections().stream().map(Protection::id).toList())));
        return apply(scenario, protection, new ArrayList<>());
    }

    /** Applies {@code protection}; references to unknown lanes or steps are added to {@code problems}. */
    static RunPlan apply(Scenario scenario, Protection protection, List<Problem> problems) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (Lane lane : scenario.lanes()) lanes.put(lane.id(), lane);
        String where = "protection " + protection.id();
        protection.isolation().forEach((laneId, level) -> {
            Lane lane = lanes.get(laneId);
            if (lane == null) unknownLane(scenario, problems, protection.pos(), where, laneId);
            else lanes.put(laneId, lane.withIsolation(level));
        });
        protection.transactional().forEach((laneId, tx) -> {
            Lane lane = lanes.get(laneId);
            if (lane == null) unknownLane(scenario, problems, protection.pos(), where, laneId);
            else lanes.put(laneId, lane.withTransactional(tx));
        });
        protection.stepChanges().forEach((laneId, changes) -> {
            Lane lane = lanes.get(laneId);
            if (lane == null) {
                unknownLane(scenario, problems, protection.pos(), where, laneId);
                return;
            }
            List<Step> steps = new ArrayList<>(lane.steps());
            for (StepChange change : changes) applyChange(scenario.file(), lane.id(), steps, change, problems);
            lanes.put(laneId, lane.withSteps(steps));
        });
        List<EngineSql> setup = new ArrayList<>(scenario.setup());
        setup.addAll(protection.setup());
        String caveat = protection.caveat() != null ? protection.caveat() : null;
        return new RunPlan(scenario, protection, List.copyOf(setup), List.copyOf(lanes.values()),
                protection.schedule() != null ? protection.schedule() : scenario.schedule(),
                protection.checks() != null ? protection.checks() : scenario.checks(),
                protection.expect().isEmpty() ? scenario.expect() : protection.expect(), caveat);
    }

    private static void unknownLane(Scenario scenario, List<Problem> problems, Pos pos, String where, String laneId) {
        problems.add(new Problem(scenario.file(), pos, where + " names lane `" + laneId + "`, which the scenario does not have; lanes are "
                + String.join(", ", scenario.lanes().stream().map(Lane::id).toList())));
    }

    private static void applyChange(String file, String laneId, List<Step> steps, StepChange change, List<Problem> problems) {
        if (change instanceof StepChange.Replace r) {
            int at = indexOf(steps, r.stepId());
            if (at < 0) missingStep(file, laneId, steps, r.stepId(), r.pos(), problems);
            else steps.set(at, r.with());
        } else if (change instanceof StepChange.Remove r) {
            int at = indexOf(steps, r.stepId());
            if (at < 0) missingStep(file, laneId, steps, r.stepId(), r.pos(), problems);
            else steps.remove(at);
        } else if (change instanceof StepChange.Expect x) {
            int at = indexOf(steps, x.stepId());
            if (at < 0) missingStep(file, laneId, steps, x.stepId(), x.pos(), problems);
            else steps.set(at, steps.get(at).withExpect(x.expect()));
        } else if (change instanceof StepChange.Add a) {
            if (a.anchorId() == null) {
                steps.add(a.step());
                return;
            }
            int at = indexOf(steps, a.anchorId());
            if (at < 0) missingStep(file, laneId, steps, a.anchorId(), a.pos(), problems);
            else steps.add(a.before() ? at : at + 1, a.step());
        }
    }

    private static int indexOf(List<Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).id().equals(id)) return i;
        return -1;
    }

    private static void missingStep(String file, String laneId, List<Step> steps, String id, Pos pos, List<Problem> problems) {
        problems.add(new Problem(file, pos, "lane " + laneId + " has no step `" + id + "`; its steps are "
                + String.join(", ", steps.stream().map(Step::id).toList())));
    }
}
