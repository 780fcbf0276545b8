// A schedule given on the command line: lanes (T1), steps (T1.read), or a spec's bare step names (s1a), each read
// against the scenario's lanes; for a spec, every session's setup runs first and its teardown last, as in a permutation.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.List;

public final class AskedSchedule {
    private AskedSchedule() {}

    public static NamedSchedule of(Scenario scenario, List<String> written) {
        List<String> laneIds = scenario.lanes().stream().map(Lane::id).toList();
        List<ScheduleEntry> entries = new ArrayList<>();
        for (String text : written) {
            ScheduleEntry e = ScheduleEntry.parse(text, laneIds, Pos.UNKNOWN);
            if (e.step() == null && !laneIds.contains(e.lane())) {
                // a bare step name, as a spec's permutations write them: the one lane that has such a step
                List<Lane> having = scenario.lanes().stream().filter(l -> l.step(text.strip()).isPresent()).toList();
                if (having.size() == 1) e = new ScheduleEntry(having.get(0).id(), text.strip(), Pos.UNKNOWN);
            }
            entries.add(e);
        }
        NamedSchedule asked = new NamedSchedule(null, entries, Pos.UNKNOWN);
        if (!asked.namesSteps() || !ScenarioLoader.isSpec(scenario.file())) return asked;
        List<ScheduleEntry> full = new ArrayList<>();
        for (Lane lane : scenario.lanes()) full.addAll(around(lane, "setup", entries));
        full.addAll(entries);
        for (Lane lane : scenario.lanes()) full.addAll(around(lane, "teardown", entries));
        return new NamedSchedule(null, full, Pos.UNKNOWN);
    }

    /** The lane's setup (or teardown) steps, `setup`, `setup-2`, ..., unless the schedule names them itself. */
    private static List<ScheduleEntry> around(Lane lane, String which, List<ScheduleEntry> named) {
        List<ScheduleEntry> result = new ArrayList<>();
        for (Step step : lane.steps()) {
            boolean part = step.id().equals(which) || step.id().matches(which + "-\\d+");
            boolean given = named.stream().anyMatch(e -> lane.id().equals(e.lane()) && step.id().equals(e.step()));
            if (part && !given) result.add(new ScheduleEntry(lane.id(), step.id(), Pos.UNKNOWN));
        }
        return result;
    }
}
