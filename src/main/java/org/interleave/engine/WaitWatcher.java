// Tells whether an issued step waits, and for whom, by watching its session; lets released lanes finish after a step.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.OptionalLong;

final class WaitWatcher {
    private final Run run;
    private final RunDatabase database;
    private final WaitPolicy policy;

    WaitWatcher(Run run, RunDatabase database, WaitPolicy policy) {
        this.run = run;
        this.database = database;
        this.policy = policy;
    }

    RunEvent awaitAnswer(LaneWorker w, StepTicket t) {
        OptionalLong lastBlocker = OptionalLong.empty();
        long blockerSince = 0;
        // Most statements answer within a millisecond: only then start asking who the session waits for.
        RunEvent quick = run.awaitFinal(t, policy.firstLookMicros());
        if (quick != null) return quick;
        while (true) {
            RunEvent done = run.awaitFinal(t, policy.pollMicros());
            if (done != null) return done;
            long now = System.nanoTime();
            RunDatabase.SessionView view = look(w.sessionId);
            if (view.executing() && view.blocker().isPresent()) {
                if (lastBlocker.equals(view.blocker())) {
                    // A blocker that is itself waiting may be closing a deadlock cycle, and the victim shows a
                    // blocker for a few milliseconds before its error: only then wait for the reading to last.
                    boolean blockerWaits = run.isBusyLane(view.blocker().getAsLong());
                    if (!blockerWaits || now - blockerSince >= policy.stableBlockerMillis() * 1_000_000) {
                        return run.declareWaiting(w, t, run.laneOf(view.blocker().getAsLong()));
                    }
                } else {
                    lastBlocker = view.blocker();
                    blockerSince = now;
                }
            } else {
                lastBlocker = OptionalLong.empty();
                // No blocker reported: waiting is only possible while another lane holds an open transaction, and
                // is assumed only after the statement has run for a while (a duplicate key, a table lock).
                long since = t.executingSince;
                if (since != 0 && now - since >= policy.unreportedWaitMillis() * 1_000_000 && run.anyOtherLaneOpen(w)) {
                    return run.declareWaiting(w, t, null);
                }
            }
            if (Thread.currentThread().isInterrupted() || run.isClosed()) return run.declareWaiting(w, t, null);
        }
    }

    private RunDatabase.SessionView look(long session) {
        try {
            return database.look(session);
        } catch (SQLException e) {
            return new RunDatabase.SessionView(false, OptionalLong.empty());
        }
    }

    /**
     * After a step, lets every waiting lane that it released finish, so that replaying a schedule is repeatable.
     * A lane still blocked by a lane whose transaction is open stays waiting.
     */
    void settleOthers(LaneWorker issuer) {
        long deadline = System.nanoTime() + policy.settleMillis() * 1_000_000;
        for (LaneWorker other : run.workers()) {
            StepTicket t = run.pendingOf(other);
            if (other == issuer || t == null) continue;
            int stillBlocked = 0;
            while (System.nanoTime() < deadline && run.awaitFinal(t, policy.pollMicros()) == null) {
                RunDatabase.SessionView view = look(other.sessionId);
                boolean heldByOpenLane = view.blocker().isPresent()
                        ? run.holderOpen(run.laneOrNull(view.blocker().getAsLong()))
                        : run.anyOtherLaneOpen(other);
                stillBlocked = heldByOpenLane ? stillBlocked + 1 : 0;
                if (stillBlocked >= 3) break;
            }
        }
    }
}
