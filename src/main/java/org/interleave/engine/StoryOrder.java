// The order in which a run tells what happened: causes before effects, and waits long enough for the database to judge them.
package org.interleave.engine;

import java.util.Map;

/** Every field it reads of the lanes is guarded by the run's lock, which it takes as the run does. */
final class StoryOrder {
    private final Object run;
    private final Map<String, LaneWorker> lanes;
    private final WaitPolicy policy;

    StoryOrder(Object run, Map<String, LaneWorker> lanes, WaitPolicy policy) {
        this.run = run;
        this.lanes = lanes;
        this.policy = policy;
    }

    /**
     * Before a step that may take a lock, lets every reported wait of the other lanes last the policy's hold, so
     * that the database has looked for deadlocks among them before this step can close a cycle.
     */
    void letWaitsAge(String laneId) {
        if (policy.holdWaitsMillis() <= 0) return;
        long until = 0;
        synchronized (run) {
            LaneWorker issuer = lanes.get(laneId);
            if (issuer.nextStep >= issuer.steps().size() || issuer.steps().get(issuer.nextStep).kind().endsTransaction()) return;
            for (LaneWorker other : lanes.values()) {
                StepTicket p = other.pending;
                if (other != issuer && p != null && !p.finished() && p.reportedWaiting) {
                    until = Math.max(until, p.waitingSince + policy.holdWaitsMillis() * 1_000_000);
                }
            }
        }
        long left = until - System.nanoTime();
        if (left > 0) java.util.concurrent.locks.LockSupport.parkNanos(left);
    }

    /**
     * A step released from a wait, or from a deadlock cycle, finishes while the statement that released it (another
     * lane's COMMIT, or the victim's failure) may still be returning on its own thread: let that be told first, so
     * that cause comes before effect.
     */
    void letCausesFinishFirst(LaneWorker w, StepTicket t) {
        letVictimsFinishFirst(w, t);
        long deadline = System.nanoTime() + policy.causeGraceMillis() * 1_000_000;
        while (System.nanoTime() < deadline) {
            StepTicket inFlight = null;
            synchronized (run) {
                if (!t.reportedWaiting && !t.heldInCycle) return;
                for (LaneWorker other : lanes.values()) {
                    StepTicket p = other.pending;
                    if (other != w && p != null && !p.finished() && (!p.reportedWaiting || t.heldInCycle)) inFlight = p;
                }
            }
            if (inFlight == null) return;
            inFlight.awaitAnswer(1000, policy.spinMicros());
        }
    }

    /** How long a step that was slow to answer lets a waiting lane's concurrent failure be told first. */
    private static final long VICTIM_GRACE_NANOS = 5_000_000L;

    /**
     * A step that closed a deadlock cycle the database broke at once (MariaDB), by making a waiting lane the
     * victim, completes as soon as the victim is rolled back, on another thread than the victim's error: a step
     * that was slow to answer lets such a failure be told first, briefly.
     */
    private void letVictimsFinishFirst(LaneWorker w, StepTicket t) {
        if (t.reportedWaiting || t.step.kind().endsTransaction() || t.executingSince == 0
                || System.nanoTime() - t.executingSince < policy.firstLookMicros() * 1000) return;
        long deadline = System.nanoTime() + VICTIM_GRACE_NANOS;
        while (System.nanoTime() < deadline) {
            StepTicket waiting = null;
            synchronized (run) {
                for (LaneWorker other : lanes.values()) {
                    StepTicket p = other.pending;
                    if (other != w && p != null && !p.finished() && p.reportedWaiting) waiting = p;
                }
            }
            if (waiting == null) return;
            waiting.awaitAnswer(500, policy.spinMicros());
        }
    }

}
