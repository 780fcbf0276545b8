// Applies a chosen schedule to a plan; one that names steps rewrites each lane to the steps it names, in its order.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class ScheduleSteps {
    /** A schedule that does not fit the plan, with the entry (or list) that does not. */
    static final class Misfit extends IllegalArgumentException {
        final Pos pos;

        Misfit(String message, Pos pos) {
            super(message);
            this.pos = pos;
        }
    }

    private ScheduleSteps() {}

    static RunPlan apply(RunPlan plan, NamedSchedule chosen) {
        String where = describe(plan, chosen);
        for (ScheduleEntry e : chosen.entries()) {
            if (plan.lane(e.lane()).isEmpty()) {
                List<String> stepIds = plan.lanes().stream().flatMap(l -> l.steps().stream().map(Step::id)).distinct().toList();
                throw new Misfit(e.step() == null && !stepIds.isEmpty()
                        ? where + " names `" + e.lane() + "`, which is no lane and no lane's step" + Spelling.didYouMean(e.lane(),
                                java.util.stream.Stream.concat(plan.laneIds().stream(), stepIds.stream()).toList()) + "; lanes are "
                                + String.join(", ", plan.laneIds())
                        : where + " names lane `" + e.lane() + "`" + Spelling.didYouMean(e.lane(), plan.laneIds())
                                + "; lanes are " + String.join(", ", plan.laneIds()), e.pos());
            }
        }
        if (!chosen.namesSteps()) {
            return new RunPlan(plan.scenario(), plan.protection(), plan.setup(), plan.lanes(), chosen.entries(), plan.checks(), plan.expect(),
                    plan.caveat(), chosen.name());
        }
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        for (Lane lane : plan.lanes()) steps.put(lane.id(), new ArrayList<>());
        List<ScheduleEntry> order = new ArrayList<>();
        for (ScheduleEntry e : chosen.entries()) {
            Lane lane = plan.lane(e.lane()).orElseThrow();
            if (e.step() == null) {
                throw new Misfit(where + " names steps (such as `" + firstStep(chosen) + "`) and also the lane `" + e.lane()
                        + "` alone; name a step everywhere in it, e.g. `" + e.lane() + "." + lane.steps().get(0).id() + "`", e.pos());
            }
            Step step = lane.step(e.step()).orElseThrow(() -> new Misfit(where + " names step `" + e.written()
                    + "`, which lane " + lane.id() + " does not have" + Spelling.didYouMean(e.step(), lane.steps().stream().map(Step::id).toList())
                    + "; its steps are " + String.join(", ", lane.steps().stream().map(Step::id).toList()), e.pos()));
            steps.get(lane.id()).add(step);
            order.add(new ScheduleEntry(lane.id(), step.id(), e.pos()));
        }
        List<Lane> lanes = new ArrayList<>();
        for (Lane lane : plan.lanes()) {
            if (steps.get(lane.id()).isEmpty()) {
                throw new Misfit(where + " names no step of lane " + lane.id() + "; give it at least one, e.g. `"
                        + lane.id() + "." + lane.steps().get(0).id() + "`", chosen.pos());
            }
            lanes.add(lane.withSteps(steps.get(lane.id())));
        }
        return new RunPlan(plan.scenario(), plan.protection(), plan.setup(), List.copyOf(lanes), List.copyOf(order), plan.checks(),
                plan.expect(), plan.caveat(), chosen.name());
    }

    private static String firstStep(NamedSchedule s) {
        return s.entries().stream().filter(e -> e.step() != null).findFirst().map(ScheduleEntry::written).orElse("");
    }

    private static String describe(RunPlan plan, NamedSchedule chosen) {
        String name = chosen.name() == null ? "the schedule" : "schedule `" + chosen.name() + "`";
        return plan.protection() == null ? name : name + " (with protection " + plan.protectionId() + ")";
    }
}
