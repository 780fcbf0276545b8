// The lock track in words: for each lane, from the step that took its first row lock in a transaction to the step that ended it.
package org.interleave.diagram.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.diagram.LockMarks;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;

/** The same marks the picture's lock track draws from (LockMarks), so every export tells the same locks. */
public final class LockSpans {
    /**
     * @param from   the step (its number) whose answer took the lock
     * @param to     the step that ended the transaction, or 0 when the lock was still held when the run stood
     * @param ending how the transaction ended ("committed", "rolled back", "aborted"), or "still held"
     */
    public record Span(String lane, int from, int to, String mark, String ending) {}

    private LockSpans() {}

    public static List<Span> of(List<RunEvent> events) {
        List<Span> spans = new ArrayList<>();
        Map<String, Span> open = new HashMap<>();
        LockMarks marks = new LockMarks();
        for (RunEvent e : events) {
            Optional<String> mark = marks.next(e);
            Span held = open.get(e.lane());
            if (held != null && e.status() != StepStatus.WAITING && !e.laneState().open()) {
                spans.add(new Span(held.lane(), held.from(), e.sequence(), held.mark(), e.laneState().words()));
                open.remove(e.lane());
                continue;
            }
            if (mark.isPresent() && e.status() == StepStatus.COMPLETED && held == null) {
                open.put(e.lane(), new Span(e.lane(), e.sequence(), 0, mark.get(), "still held"));
            }
        }
        spans.addAll(open.values()); // still held when the run stood
        spans.sort(java.util.Comparator.comparingInt(Span::from));
        return List.copyOf(spans);
    }

    /** "T1 holds this row's lock from step 1 to step 4 (committed)". */
    public static String words(Span s) {
        String what = s.mark().replaceFirst(" until its transaction ends$", "");
        return what + " from step " + s.from() + (s.to() == 0 ? ", still held when the run stood" : " to step " + s.to() + " (" + s.ending() + ")");
    }
}
