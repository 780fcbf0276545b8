// How the engine tells a waiting statement from a running one: poll intervals and thresholds.
package org.interleave.engine;

/**
 * @param firstLookMicros    how long to wait for an answer before the first look at the session
 * @param pollMicros         how long to wait for an answer between two looks at the session
 * @param stableBlockerMillis a reported blocker must stay the same this long (deadlock victims show one briefly)
 * @param unreportedWaitMillis after this long with no answer and no reported blocker, the step counts as waiting
 *                           (H2 reports no blocker for a duplicate unique key or a table lock)
 * @param settleMillis       after a step, how long at most to wait for a lane it released to finish
 */
public record WaitPolicy(long firstLookMicros, long pollMicros, long stableBlockerMillis, long unreportedWaitMillis, long settleMillis) {
    public static final WaitPolicy DEFAULT = new WaitPolicy(1000, 300, 25, 400, 3000);
}
