// Where one lane stands after the latest step: its state, its next statement and whether it may take it.
package org.interleave.ui.session;

import org.interleave.engine.LaneState;
import org.interleave.scenario.Isolation;

/**
 * @param nextSql   the statement the lane runs next (with :names), or null when it has none left
 * @param waitingSql the statement the lane is waiting on, or null
 * @param waitText  why it waits, e.g. "waiting for T1's lock", or null
 * @param failure   the error of the lane's latest failed statement, or null
 */
public record LaneStatus(String id, String label, Isolation isolation, boolean transactional, LaneState state, String nextSql,
        String waitingSql, String waitText, boolean canStep, int stepsDone, int stepsTotal, org.interleave.engine.StepError failure) {

    public boolean waiting() {
        return waitingSql != null;
    }

    public boolean done() {
        return nextSql == null && waitingSql == null;
    }

    /** True when the lane ended (aborted by an error, crashed, committed early) with statements left that will not run. */
    public boolean endedEarly() {
        return !waiting() && nextSql != null && !state.open();
    }
}
