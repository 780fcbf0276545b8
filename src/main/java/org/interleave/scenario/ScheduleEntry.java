// One entry of a schedule: the lane whose next step runs, or one named step of a lane (`T1.read`), with where it was written.
package org.interleave.scenario;

/** @param step the step's id when the entry names one (`T1.read`), else null: the lane's next step */
public record ScheduleEntry(String lane, String step, Pos pos) {
    public ScheduleEntry(String lane, Pos pos) {
        this(lane, null, pos);
    }

    /**
     * Reads `T1` or `T1.read` given the lanes there are. A lane id may itself hold dots, so the longest lane id
     * that the text starts with (followed by a dot) wins; a text that is a lane id is that lane.
     */
    public static ScheduleEntry parse(String text, java.util.Collection<String> laneIds, Pos pos) {
        String t = text.strip();
        if (laneIds.contains(t)) return new ScheduleEntry(t, null, pos);
        String lane = null;
        for (String id : laneIds) {
            if (t.startsWith(id + ".") && (lane == null || id.length() > lane.length())) lane = id;
        }
        if (lane != null) return new ScheduleEntry(lane, t.substring(lane.length() + 1), pos);
        int dot = t.indexOf('.');
        return dot > 0 ? new ScheduleEntry(t.substring(0, dot), t.substring(dot + 1), pos) : new ScheduleEntry(t, null, pos);
    }

    public String written() {
        return step == null ? lane : lane + "." + step;
    }
}
