// Which lane's snapshot sees which row version: each lane's snapshot, as the watcher can know it without touching the lane.
package org.interleave.engine.postgresql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL lets a session read only its own snapshot ({@code pg_current_snapshot()}); of another session it shows
 * just the snapshot's oldest transaction, {@code pg_stat_activity.backend_xmin}. So the watcher takes its own snapshot
 * right after each step and keeps it for a lane whose {@code backend_xmin} has just appeared: during a step only that
 * step's lane runs, so no other transaction has begun or ended since the lane took its snapshot, and the two agree on
 * every transaction a version could name. (A transaction that ended in between, a deadlock victim, was rolled back, and
 * a rolled-back version is seen by nobody either way.) Where the watcher looked too late, its snapshot's oldest
 * transaction differs from the lane's {@code backend_xmin}, and the lane's snapshot is reported as not known.
 *
 * <p>Measured on the embedded server (and 15): {@code backend_xmin} is set while a statement runs or waits, and, in
 * REPEATABLE READ and SERIALIZABLE, from a transaction's first statement to its end. A READ COMMITTED transaction
 * between statements may show one too, after a SELECT through pgjdbc (its unnamed portal keeps the SELECT's
 * snapshot), so the lane's isolation level, which the run knows, says which it is: in READ COMMITTED the next
 * statement sees whatever is committed by then. A snapshot sees a transaction
 * that committed before it was taken: one below its xmin, or below its xmax and not in its in-progress list. A session
 * also sees its own changes. One instance follows one run's lanes from step to step.
 */
final class LaneSnapshots {
    /** A version's transaction ids as its tuple holds them, with pg_xact_status's word for each ("" when none). */
    record TupleXids(String xmin, String xminStatus, String xmax, String xmaxStatus, boolean lockOnly) {}

    /**
     * One lane's session as pg_stat_activity shows it, timestamps as text (only ever compared); {@code wholeTransaction}
     * when its isolation level keeps one snapshot for the whole transaction.
     */
    record Session(long pid, String lane, String state, String backendXmin, String transactionStart, String statementStart,
            boolean wholeTransaction) {}

    /** @param snapshot null when the watcher looked too late to know it */
    private record Held(String transactionStart, String xmin, String statementStart, Snapshot snapshot) {}

    private enum Kind { TRANSACTION, STATEMENT, NEXT_STATEMENT, FAILED, NOT_KNOWN }

    private record View(Kind kind, Snapshot snapshot, Set<String> own, boolean inTransaction) {}

    private final Map<Long, Held> held = new HashMap<>();

    /**
     * What each lane sees now. {@code current} is the watcher's {@code pg_current_snapshot()} of this reading,
     * {@code sessions} the lanes' sessions in lane order, and {@code laneByXid} the lanes' own (sub)transaction ids.
     */
    synchronized Reading read(String current, List<Session> sessions, Map<String, String> laneByXid) {
        Snapshot now = Snapshot.parse(current);
        Map<String, View> views = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Session s : sessions) {
            if (s.lane() == null) continue;
            seen.add(s.pid());
            Set<String> own = new HashSet<>();
            laneByXid.forEach((xid, lane) -> {
                if (lane.equals(s.lane())) own.add(xid);
            });
            boolean inTransaction = !s.state().equals("idle");
            if (s.state().startsWith("idle in transaction (aborted)")) {
                held.remove(s.pid());
                views.put(s.lane(), new View(Kind.FAILED, null, own, true));
            } else if (s.backendXmin().isEmpty() || !s.wholeTransaction() && !s.state().equals("active")) {
                // READ COMMITTED between statements: a finished SELECT's portal may still hold its snapshot (pgjdbc
                // leaves the unnamed portal open), but the next statement takes a new one
                held.remove(s.pid());
                views.put(s.lane(), new View(Kind.NEXT_STATEMENT, now, own, inTransaction));
            } else {
                Held h = hold(s, now);
                Kind kind = h.snapshot() == null ? Kind.NOT_KNOWN : s.wholeTransaction() ? Kind.TRANSACTION : Kind.STATEMENT;
                views.put(s.lane(), new View(kind, h.snapshot(), own, true));
            }
        }
        held.keySet().retainAll(seen);
        return new Reading(views);
    }

    /**
     * The snapshot a lane with a {@code backend_xmin} holds: the one kept since its transaction (or, in READ COMMITTED,
     * its running statement) took it, or the watcher's own now, when it is new.
     */
    private Held hold(Session s, Snapshot now) {
        Held h = held.get(s.pid());
        boolean same = h != null && h.transactionStart().equals(s.transactionStart()) && h.xmin().equals(s.backendXmin())
                && (s.wholeTransaction() || h.statementStart().equals(s.statementStart()));
        if (!same) {
            boolean inTime = now.xmin() == (Long.parseLong(s.backendXmin()) & 0xFFFF_FFFFL);
            h = new Held(s.transactionStart(), s.backendXmin(), s.statementStart(), inTime ? now : null);
            held.put(s.pid(), h);
        }
        return h;
    }

    /** The lanes' snapshots at one reading. */
    static final class Reading {
        private final Map<String, View> views;

        private Reading(Map<String, View> views) {
            this.views = views;
        }

        /** A reading of no lane: nothing is judged. */
        static Reading none() {
            return new Reading(Map.of());
        }

        /** The lanes, in lane order, whose snapshot sees the version. */
        List<String> seenBy(TupleXids t) {
            List<String> lanes = new ArrayList<>();
            views.forEach((lane, view) -> {
                if (sees(view, t)) lanes.add(lane);
            });
            return lanes;
        }

        /** The lane's snapshot in a sentence, for its line in the panel: "" for a lane with no session. */
        String words(String lane) {
            View v = views.get(lane);
            if (v == null) return "";
            return switch (v.kind()) {
                case TRANSACTION -> "sees the data as of its transaction's first statement, and its own changes";
                case STATEMENT -> "its statement sees the data as of its start, and its own changes";
                case NEXT_STATEMENT -> v.inTransaction()
                        ? "no snapshot held: its next statement sees what is committed then, and its own changes"
                        : "no snapshot held: its next statement sees what is committed then";
                case FAILED -> "sees nothing until it rolls back";
                case NOT_KNOWN -> "its snapshot was taken before the watcher's last look, so the versions it sees are not marked";
            };
        }

        private static boolean sees(View v, TupleXids t) {
            if (v.snapshot() == null) return false;
            boolean created = frozen(t.xmin()) || !t.xminStatus().equals("aborted")
                    && (v.own().contains(t.xmin()) || t.xminStatus().equals("committed") && v.snapshot().sees(xid(t.xmin())));
            if (!created) return false;
            if (t.xmax().isEmpty() || t.lockOnly() || t.xmaxStatus().equals("aborted")) return true;
            if (v.own().contains(t.xmax())) return false;
            return !(t.xmaxStatus().equals("committed") && v.snapshot().sees(xid(t.xmax())));
        }

        /** The bootstrap and frozen transaction ids (1 and 2): rows every snapshot sees. */
        private static boolean frozen(String xid) {
            return xid.equals("1") || xid.equals("2");
        }

        private static long xid(String text) {
            return Long.parseLong(text);
        }
    }

    /**
     * pg_snapshot's text form "xmin:xmax:xip,...", its 64-bit ids cut to the 32 bits a tuple holds (an embedded
     * server never passes 2^32 transactions).
     */
    record Snapshot(long xmin, long xmax, Set<Long> inProgress) {
        static Snapshot parse(String text) {
            String[] parts = text.split(":", -1);
            Set<Long> inProgress = new HashSet<>();
            if (parts.length > 2 && !parts[2].isEmpty()) {
                for (String xid : parts[2].split(",")) inProgress.add(Long.parseLong(xid) & 0xFFFF_FFFFL);
            }
            return new Snapshot(Long.parseLong(parts[0]) & 0xFFFF_FFFFL, Long.parseLong(parts[1]) & 0xFFFF_FFFFL, inProgress);
        }

        /** The transaction had ended when the snapshot was taken (whether it committed is pg_xact_status's to say). */
        boolean sees(long xid) {
            return xid < xmin || xid < xmax && !inProgress.contains(xid);
        }
    }
}
