// Which steps get the "holds this row's lock" mark: the first lock a lane takes on a table in each transaction.
package org.interleave.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.interleave.engine.WriteStatement;

/**
 * Fed every event in order. A lane that already holds a lock on a table is not told again at its next statement on
 * that table (a read FOR UPDATE and then the UPDATE of the same row take one lock, not two); once its transaction
 * ends, its locks are gone and the next one is marked again.
 */
public final class LockMarks {
    private static final Pattern FROM = Pattern.compile("\\bFROM\\s+\"?([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private final Set<String> held = new HashSet<>();

    /** The mark for this event, if it takes a lock its lane was not shown holding yet. */
    public Optional<String> next(RunEvent e) {
        if (e.status() != StepStatus.WAITING && e.laneState() != LaneState.ACTIVE) {
            held.removeIf(k -> k.startsWith(e.lane() + "|"));
            return Optional.empty();
        }
        Optional<String> mark = StepWords.lockTaken(e);
        if (mark.isEmpty()) return mark;
        return held.add(e.lane() + "|" + table(e.sql())) ? mark : Optional.empty();
    }

    /**
     * For a lane that is waiting now: the event at which the lane it waits for took the lock it still holds (the
     * first lock-taking step of that lane's open transaction), so a view can keep cause and wait in sight together.
     */
    public static java.util.OptionalInt lockBehindWait(java.util.List<RunEvent> events) {
        java.util.Map<String, Integer> waiting = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> firstLock = new java.util.HashMap<>();
        java.util.Map<String, List<String>> waitsFor = new java.util.HashMap<>();
        LockMarks marks = new LockMarks();
        for (RunEvent e : events) {
            boolean marked = marks.next(e).isPresent();
            if (marked) firstLock.putIfAbsent(e.lane(), e.sequence());
            if (e.status() != StepStatus.WAITING && !e.laneState().open()) firstLock.remove(e.lane());
            if (e.status() == StepStatus.WAITING) {
                waiting.put(e.lane(), e.sequence());
                waitsFor.put(e.lane(), e.waitingFor());
            } else {
                waiting.remove(e.lane());
            }
        }
        for (String lane : waiting.keySet()) {
            for (String holder : waitsFor.getOrDefault(lane, List.of())) {
                Integer at = firstLock.get(holder);
                if (at != null) return java.util.OptionalInt.of(at);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private static String table(String sql) {
        Optional<WriteStatement> write = WriteStatement.of(sql);
        if (write.isPresent()) return write.get().table().toLowerCase(Locale.ROOT);
        Matcher m = FROM.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : sql;
    }
}
