// One entry of a schedule: the lane whose next step runs, with where it was written.
package org.interleave.scenario;

public record ScheduleEntry(String lane, Pos pos) {}
