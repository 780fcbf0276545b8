// A schedule with a name (`schedules:` in a file, or a spec's permutation): the order of its entries, lanes or steps.
package org.interleave.scenario;

import java.util.List;

/** @param name the name a person picks it by; null for the schedule a scenario gives under `schedule:` */
public record NamedSchedule(String name, List<ScheduleEntry> entries, Pos pos) {
    public NamedSchedule {
        entries = List.copyOf(entries);
    }

    /** True when its entries name steps (`T1.read`) rather than lanes: it then says which steps run, in which order. */
    public boolean namesSteps() {
        return entries.stream().anyMatch(e -> e.step() != null);
    }

    /** The entries as written: `T1`, or `T1.read`. */
    public List<String> written() {
        return entries.stream().map(ScheduleEntry::written).toList();
    }
}
