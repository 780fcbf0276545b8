// What the database holds at one moment, read by the watcher alone: each lane's transaction, its locks, its waits.
package org.interleave.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * @param lanes    each lane's transaction as the database sees it, in lane order
 * @param locks    the locks the lanes hold or wait for, in words, lane by lane
 * @param waitsFor who waits for whom (a lane, or a session that is no lane)
 * @param raw      the engine's own lock rows (PostgreSQL: pg_locks), as text, for whoever wants the detail
 * @param caveat   what this engine does not show, in one sentence; empty when it shows all of the above
 * @param versions every version of every row of the run's tables, dead and uncommitted ones too, where the engine shows them
 */
public record Inside(List<LaneTransaction> lanes, List<Lock> locks, List<WaitsFor> waitsFor, List<String> raw, String caveat,
        List<RowVersion> versions) {
    public Inside {
        lanes = List.copyOf(lanes);
        locks = List.copyOf(locks);
        waitsFor = List.copyOf(waitsFor);
        raw = List.copyOf(raw);
        versions = List.copyOf(versions);
    }

    public Inside(List<LaneTransaction> lanes, List<Lock> locks, List<WaitsFor> waitsFor, List<String> raw, String caveat) {
        this(lanes, locks, waitsFor, raw, caveat, List.of());
    }

    /**
     * One version of a row as the table's pages hold it.
     *
     * @param at            where it lies: (page, item)
     * @param createdBy     the lane whose transaction wrote it, or "transaction N" for one that is no lane's now
     * @param createdStatus "committed", "not committed" or "rolled back"
     * @param endedBy       the lane or transaction that deleted, replaced or locked it; "" when none did
     * @param endedStatus   that transaction's status; "" when none
     * @param lockOnly      {@code endedBy} only locked the row (SELECT ... FOR UPDATE / SHARE): the version lives on
     * @param seenBy        the lanes whose snapshot sees this version (see {@link LaneTransaction#snapshot}), in lane order
     */
    public record RowVersion(String table, String at, java.util.Map<String, String> values, String createdBy, String createdStatus,
            String endedBy, String endedStatus, boolean lockOnly, List<String> seenBy) {
        public RowVersion {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            seenBy = List.copyOf(seenBy);
        }

        /** "seen by T1 and T2", "seen by no lane". */
        public String seenByWords() {
            return "seen by " + (seenBy.isEmpty() ? "no lane" : String.join(" and ", seenBy));
        }

        /** "accounts (0,2) id = 1, balance = 1100: created by T1 (not committed); seen by T1". */
        public String words() {
            List<String> parts = new ArrayList<>();
            values.forEach((column, value) -> parts.add(column + " = " + value));
            String ended = endedBy.isEmpty() ? "" : lockOnly ? "; locked by " + endedBy + " (" + endedStatus + ")"
                    : "; deleted or replaced by " + endedBy + " (" + endedStatus + ")";
            return table + " " + at + " " + String.join(", ", parts) + ": created by " + createdBy + " (" + createdStatus + ")" + ended
                    + "; " + seenByWords();
        }
    }

    /** An engine that shows none of it says so. */
    public static Inside notShown(String caveat) {
        return new Inside(List.of(), List.of(), List.of(), List.of(), caveat, List.of());
    }

    /**
     * @param transactionId the database's id of the lane's transaction, "" when it has none (yet)
     * @param state         in words: "no transaction", "in a transaction", "running a statement", "waiting for a lock",
     *                      "in an aborted transaction"
     * @param snapshot      which data the lane's reads see, in a sentence; "" where the engine does not say
     */
    public record LaneTransaction(String lane, String transactionId, String state, String snapshot) {
        public LaneTransaction(String lane, String transactionId, String state) {
            this(lane, transactionId, state, "");
        }
    }

    /**
     * @param granted true for a lock held, false for one waited for
     * @param target  what is locked, as a student names it: "accounts id = 1", "table accounts", "T1's transaction"
     * @param mode    the database's name for the lock mode
     * @param words   the whole fact in a sentence: "T1 holds a row lock on accounts id = 1 (FOR UPDATE)"
     */
    public record Lock(String lane, boolean granted, LockKind kind, String target, String mode, String words) {}

    /** The kinds of lock a student meets: a row, a table, and a transaction's end. */
    public enum LockKind { ROW, TABLE, TRANSACTION }

    /** @param holder the lane waited for; {@link #OTHER_SESSION} for a session that is no lane of the run */
    public record WaitsFor(String lane, String holder) {
        public static final String OTHER_SESSION = "another session";
    }

    /** The lanes of a cycle of waits (a deadlock the database has not broken yet), in order; empty when there is none. */
    public List<String> deadlockCycle() {
        for (WaitsFor start : waitsFor) {
            List<String> path = cycleFrom(start.lane());
            if (!path.isEmpty()) return path;
        }
        return List.of();
    }

    private List<String> cycleFrom(String lane) {
        Deque<List<String>> todo = new ArrayDeque<>();
        todo.push(List.of(lane));
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            List<String> path = todo.pop();
            String last = path.get(path.size() - 1);
            for (WaitsFor w : waitsFor) {
                if (!w.lane().equals(last)) continue;
                if (w.holder().equals(lane)) return path;
                if (seen.add(w.holder())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(w.holder());
                    todo.push(longer);
                }
            }
        }
        return List.of();
    }

    /** The facts as lines of text, lane by lane, then the waits and the caveat: the transcript's and the panel's words. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LaneTransaction t : lanes) {
            lines.add(t.lane() + ": " + t.state() + (t.transactionId().isEmpty() ? "" : " (transaction " + t.transactionId() + ")")
                    + (t.snapshot().isEmpty() ? "" : "; " + t.snapshot()));
        }
        for (Lock l : locks) lines.add(l.words());
        for (RowVersion v : versions) lines.add("row version " + v.words());
        List<String> cycle = deadlockCycle();
        if (!cycle.isEmpty()) lines.add("deadlock: " + String.join(" → ", cycle) + " → " + cycle.get(0) + ", the database will break it");
        if (!caveat.isEmpty()) lines.add(caveat);
        return lines;
    }
}
