// How an engine tells a waiting statement from a running one: poll intervals and the thresholds its database needs.
package org.interleave.engine;

/**
 * @param firstLookMicros      how long to wait for an answer before the first look at the session
 * @param pollMicros           how long to wait for an answer between two looks at the session
 * @param stableBlockerMillis  a blocker that itself waits must stay the same this long (H2's deadlock victims show one briefly)
 * @param holdWaitsMillis      a step that may take a lock is issued only when every reported wait has lasted this long
 *                             (PostgreSQL: twice deadlock_timeout, so that the database's deadlock check for those waits has
 *                             run, and a step that then closes a cycle is always the one its own check makes the victim)
 * @param unreportedWaitMillis after this long with no answer and no reported blocker, the step counts as waiting;
 *                             negative when the engine reports every wait (H2 names no holder of a duplicate key)
 * @param settleMillis         after a step, how long at most to wait for a lane it released to finish
 * @param causeGraceMillis     a step released from a wait is told after the statement that released it, waiting at most this long
 * @param spinMicros           how long to spin before parking while waiting for an answer: worth it in process (H2 answers
 *                             in microseconds), CPU taken from the server when every answer crosses a socket
 * @param unreportedWaitCpuMillis for an engine that runs in process and spins while it waits without naming a holder
 *                             (H2's duplicate key): the CPU time the lane's thread must also have spent on the statement
 *                             before the unreported wait is believed, so that a statement merely held up on a starved
 *                             machine is not taken for a wait; 0 to go by wall time alone. Past ten times
 *                             {@code unreportedWaitMillis} the wall time decides anyway (a wait that does not spin).
 */
public record WaitPolicy(long firstLookMicros, long pollMicros, long stableBlockerMillis, long holdWaitsMillis,
        long unreportedWaitMillis, long settleMillis, long causeGraceMillis, long spinMicros, long unreportedWaitCpuMillis) {

    public WaitPolicy(long firstLookMicros, long pollMicros, long stableBlockerMillis, long holdWaitsMillis, long unreportedWaitMillis,
            long settleMillis, long causeGraceMillis, long spinMicros) {
        this(firstLookMicros, pollMicros, stableBlockerMillis, holdWaitsMillis, unreportedWaitMillis, settleMillis, causeGraceMillis, spinMicros, 0);
    }

    public boolean reportsEveryWait() {
        return unreportedWaitMillis < 0;
    }
}
