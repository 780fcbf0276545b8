// One thing that happened in a run: a step completed, waits, failed or was skipped, and the lane state after it.
package org.interleave.engine;

import java.util.Map;
import org.interleave.scenario.StatementAllowlist;

/**
 * @param sequence     order of events in the run, from 1
 * @param stepIndex    index of the step within its lane, from 0
 * @param sql          the SQL text sent (the engine's variant), with :names
 * @param binds        values bound to the :names
 * @param waitingFor   for WAITING: the lane holding the lock, or null when the database does not say
 * @param detail       a sentence: why it waits, why it was skipped, or what the result was
 * @param afterWait    for COMPLETED/FAILED: the step had been reported WAITING before
 * @param laneState    the lane's state right after this event
 * @param elapsedNanos time from issuing the step until this event
 */
public record RunEvent(
        int sequence,
        String lane,
        int stepIndex,
        String stepId,
        String sql,
        Map<String, String> binds,
        StepStatus status,
        ResultTable rows,
        Integer updateCount,
        StepError error,
        String waitingFor,
        String detail,
        boolean afterWait,
        String note,
        LaneState laneState,
        long elapsedNanos) {

    /** What the database answered, in a few words. */
    public String resultText() {
        return switch (status) {
            case COMPLETED -> StatementAllowlist.isCommit(sql) ? "committed"
                    : StatementAllowlist.isTransactionControl(sql) ? "rolled back"
                    : rows != null ? rows.summary() : updateCount != null ? updateCount + (updateCount == 1 ? " row" : " rows") + " changed" : "ok";
            case WAITING -> detail;
            case FAILED -> error.kind().words() + " (" + error.sqlState() + ")";
            case SKIPPED -> "not run: " + detail;
        };
    }
}
