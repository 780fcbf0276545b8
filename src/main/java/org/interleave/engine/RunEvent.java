// One thing that happened in a run: a step completed, waits, failed or was skipped, and the lane state after it.
package org.interleave.engine;

import java.util.List;
import java.util.Map;
import org.interleave.scenario.StepKind;

/**
 * @param sequence     order of events in the run, from 1
 * @param stepIndex    index of the step within its lane, from 0
 * @param kind         the step's kind (query, DML, COMMIT...)
 * @param sql          the SQL text sent (the engine's variant), with :names
 * @param binds        values bound to the :names
 * @param waitingFor   for WAITING: the lanes holding the locks it waits for; empty when the database names none
 * @param detail       a sentence: why it waits, why it was skipped, or what the result was
 * @param afterWait    for COMPLETED/FAILED: the step had been reported WAITING before
 * @param laneState    the lane's state right after this event
 * @param elapsedNanos time from issuing the step until this event
 * @param written      for a completed data change: the rows it wrote, before → after, where the engine can return them
 * @param captured     for a completed step: what it kept for later steps and checks, by variable name, as text
 */
public record RunEvent(
        int sequence,
        String lane,
        int stepIndex,
        String stepId,
        StepKind kind,
        String sql,
        Map<String, String> binds,
        StepStatus status,
        ResultTable rows,
        Integer updateCount,
        StepError error,
        List<String> waitingFor,
        String detail,
        boolean afterWait,
        String note,
        LaneState laneState,
        long elapsedNanos,
        List<RowChange> written,
        Map<String, String> captured) {

    public RunEvent {
        written = written == null ? List.of() : List.copyOf(written);
        captured = captured == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(captured));
    }

    /** A COMMIT that committed (not one of a failed transaction, which the database answered with ROLLBACK). */
    public boolean committed() {
        return status == StepStatus.COMPLETED && kind == StepKind.COMMIT && laneState != LaneState.ROLLED_BACK;
    }

    /** A ROLLBACK, or a COMMIT the database answered with ROLLBACK. */
    public boolean rolledBack() {
        return status == StepStatus.COMPLETED && (kind == StepKind.ROLLBACK || kind == StepKind.COMMIT && laneState == LaneState.ROLLED_BACK);
    }

    /** What a data change wrote, e.g. "id 1: balance 1000 → 1100"; empty when the engine could not return its rows. */
    public String writtenText() {
        if (written == null || written.isEmpty()) return "";
        String text = String.join("; ", written.stream().map(RowChange::words).toList());
        int more = updateCount == null ? 0 : updateCount - written.size();
        return more > 0 ? text + " (and " + more + " more)" : text;
    }

    /** What the database answered, in a few words. */
    public String resultText() {
        return switch (status) {
            case COMPLETED -> committed() ? "committed" : rolledBack() ? "rolled back" : kind == StepKind.BEGIN ? "transaction begun"
                    : kind == StepKind.SAVEPOINT ? "done"
                    : rows != null ? rows.summary() : updateCount != null ? updateCount + (updateCount == 1 ? " row" : " rows") + " changed" : "ok";
            case WAITING -> detail;
            case FAILED -> error.kind().words() + " (" + error.sqlState() + ")";
            case SKIPPED -> "not run: " + detail;
        };
    }
}
