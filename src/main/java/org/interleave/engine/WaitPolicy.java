// How an engine tells a waiting statement from a running one: poll intervals and the thresholds its database needs.
package org.interleave.engine;

/**
 * @param firstLookMicros      how long to wait for an answer before the first look at the session
 * @param pollMicros           how long to wait for an answer between two looks at the session
 * @param stableBlockerMillis  a blocker that itself waits must stay the same this long (H2's deadlock victims show one briefly)
 * @param confirmWaitMillis    a step seen blocked counts as waiting only after this long (PostgreSQL: twice deadlock_timeout,
 *                             so that its deadlock check for this wait has run before the next step is issued)
 * @param unreportedWaitMillis after this long with no answer and no reported blocker, the step counts as waiting;
 *                             negative when the engine reports every wait (H2 names no holder of a duplicate key)
 * @param settleMillis         after a step, how long at most to wait for a lane it released to finish
 * @param causeGraceMillis     a step released from a wait is told after the statement that released it, waiting at most this long
 */
public record WaitPolicy(long firstLookMicros, long pollMicros, long stableBlockerMillis, long confirmWaitMillis,
        long unreportedWaitMillis, long settleMillis, long causeGraceMillis) {

    public boolean reportsEveryWait() {
        return unreportedWaitMillis < 0;
    }
}
