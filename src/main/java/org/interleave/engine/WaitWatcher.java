// Tells whether an issued step waits, and for whom, by watching its session; lets released lanes finish after a step.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class WaitWatcher {
    private final LaneBoard board;
    private final RunDatabase database;
    private final WaitPolicy policy;
    /** Set when the watcher bounds lane statements itself (JDBC's timeout would count lock waits too), else null. */
    private final RunLimits limits;

    WaitWatcher(LaneBoard board, RunDatabase database, WaitPolicy policy, RunLimits limits) {
        this.board = board;
        this.database = database;
        this.policy = policy;
        this.limits = limits;
    }

    /**
     * Waits for the step's answer, or until the step is seen waiting. A step whose wait closes a cycle of waits is
     * never reported as waiting: the database will break the cycle, and its answer (a deadlock, or the lock after the
     * victim is rolled back) is what happened.
     */
    RunEvent awaitAnswer(LaneWorker w, StepTicket t) {
        List<Long> lastBlockers = List.of();
        long blockedSince = 0;
        // Most statements answer within a millisecond: only then start asking who the session waits for.
        RunEvent quick = board.awaitFinal(t, policy.firstLookMicros());
        if (quick != null) return quick;
        while (true) {
            RunEvent done = board.awaitFinal(t, policy.pollMicros());
            if (done != null) return done;
            long now = System.nanoTime();
            long started = t.executingSince;
            if (started == 0) {
                // The worker has not sent the statement yet: what the session shows belongs to its previous one.
                if (Thread.currentThread().isInterrupted() || board.isClosed()) return board.declareWaiting(w, t, Wait.UNNAMED);
                continue;
            }
            RunDatabase.SessionView view = look(w.sessionId, started);
            if (view.executing() && view.blockers().isEmpty() && view.waitsUnnamed()) {
                return board.declareWaiting(w, t, Wait.UNNAMED);
            }
            if (view.executing() && !view.blockers().isEmpty()) {
                if (!view.blockers().equals(lastBlockers)) {
                    lastBlockers = view.blockers();
                    blockedSince = now;
                }
                Wait wait = waitOf(view.blockers());
                if (closesCycle(w.lane.id(), wait.lanes())) {
                    if (!t.heldInCycle) board.cycleSeen(t);
                    t.heldInCycle = true;
                } else {
                    // A blocker that is itself waiting may be closing a deadlock cycle, and the victim shows a blocker
                    // for a few milliseconds before its error: only then does the reading have to last.
                    boolean blockerWaits = view.blockers().stream().anyMatch(board::isBusySession);
                    if (!blockerWaits || now - blockedSince >= policy.stableBlockerMillis() * 1_000_000) return board.declareWaiting(w, t, wait);
                }
            } else {
                lastBlockers = List.of();
                stopIfPastLimit(w, t, view, now);
                // No blocker reported: on an engine that does not report every wait, waiting is only possible while
                // another lane holds an open transaction, and is assumed after a while (a duplicate key, a table lock).
                long since = t.executingSince;
                if (!policy.reportsEveryWait() && since != 0 && now - since >= policy.unreportedWaitMillis() * 1_000_000
                        && spentOnIt(t, now - since) && board.anyOtherLaneOpen(w)) {
                    return board.declareWaiting(w, t, Wait.UNNAMED);
                }
            }
            if (Thread.currentThread().isInterrupted() || board.isClosed()) return board.declareWaiting(w, t, Wait.UNNAMED);
        }
    }

    /**
     * True when the lane's thread has spent the policy's CPU time on the statement (a spinning wait), or the statement
     * has run ten times the unreported-wait time (a wait that does not spin), or the JVM cannot tell CPU time.
     */
    private boolean spentOnIt(StepTicket t, long wallNanos) {
        if (policy.unreportedWaitCpuMillis() <= 0 || wallNanos >= 10 * policy.unreportedWaitMillis() * 1_000_000) return true;
        long cpu = LaneCpu.of(t.laneThreadId, t.executingCpuSince);
        return cpu < 0 || cpu >= policy.unreportedWaitCpuMillis() * 1_000_000;
    }

    /** A statement that runs, not waiting for any lock, past the time limit is cancelled; its answer then says why. */
    private void stopIfPastLimit(LaneWorker w, StepTicket t, RunDatabase.SessionView view, long now) {
        long since = t.executingSince;
        if (limits == null || t.overLimit || !view.executing() || since == 0) return;
        if (now - since >= limits.statementMillis() * 1_000_000) {
            t.overLimit = true;
            w.cancelStatement();
        }
    }

    private Wait waitOf(List<Long> blockers) {
        List<String> lanes = new ArrayList<>();
        boolean others = false;
        for (long session : blockers) {
            Optional<String> lane = board.laneOfSession(session);
            if (lane.isPresent()) {
                if (!lanes.contains(lane.get())) lanes.add(lane.get());
            } else {
                others = true;
            }
        }
        return new Wait(List.copyOf(lanes), others);
    }

    /** True when one of {@code blockers} waits, directly or through other lanes, for {@code lane}. */
    private boolean closesCycle(String lane, List<String> blockers) {
        Deque<String> todo = new ArrayDeque<>(blockers);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(lane)) return true;
            if (seen.add(next)) todo.addAll(board.reportedWaitsOf(next));
        }
        return false;
    }

    private RunDatabase.SessionView look(long session, long notBeforeNanos) {
        try {
            return database.look(session, notBeforeNanos);
        } catch (SQLException e) {
            return RunDatabase.SessionView.IDLE;
        }
    }

    /**
     * After a step, lets every waiting lane that it released finish, so that replaying a schedule is repeatable.
     * A lane still blocked by a lane whose transaction is open stays waiting.
     */
    void settleOthers(LaneWorker issuer) {
        long settleStart = System.nanoTime();
        long deadline = settleStart + policy.settleMillis() * 1_000_000;
        for (LaneWorker other : board.workers()) {
            StepTicket t = board.pendingOf(other);
            if (other == issuer || t == null) continue;
            int stillBlocked = 0;
            while (System.nanoTime() < deadline && board.awaitFinal(t, policy.pollMicros()) == null) {
                RunDatabase.SessionView view = look(other.sessionId, settleStart);
                boolean heldByOpenLane = !view.blockers().isEmpty()
                        ? view.blockers().stream().anyMatch(b -> board.holderOpen(board.laneOfSession(b)))
                        : board.anyOtherLaneOpen(other);
                stillBlocked = heldByOpenLane ? stillBlocked + 1 : 0;
                if (stillBlocked >= 3) break;
            }
        }
    }
}
