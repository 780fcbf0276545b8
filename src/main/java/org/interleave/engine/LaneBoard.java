// What the wait watcher may ask a run about its lanes, and tell it: a narrow view instead of the whole run.
package org.interleave.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface LaneBoard {
    /** Waits up to {@code micros} for the ticket's answer; the final event, or null. */
    RunEvent awaitFinal(StepTicket t, long micros);

    /** Records that the step waits, unless it has answered meanwhile; returns the event recorded (or the answer). */
    RunEvent declareWaiting(LaneWorker w, StepTicket t, Wait wait);

    StepTicket pendingOf(LaneWorker w);

    Collection<LaneWorker> workers();

    boolean isClosed();

    /** True when the session is not a lane's, or its lane has a step that has not answered. */
    boolean isBusySession(long session);

    Optional<String> laneOfSession(long session);

    /** True while the lane (empty: not a lane) may hold a lock: its transaction is open. */
    boolean holderOpen(Optional<String> lane);

    boolean anyOtherLaneOpen(LaneWorker waiting);

    /** The step closes a cycle of waits: the database is about to break it (called once per step, before it does). */
    void cycleSeen(StepTicket t);

    /** The lanes that the lane's pending step was reported waiting for; empty when it is not waiting. */
    List<String> reportedWaitsOf(String laneId);
}
