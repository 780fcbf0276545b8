// What one engine did with one step of a compared schedule: completed, waited (for whom), failed (with what), not run.
package org.interleave.engine.compare;

import java.util.List;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunEvent;

/**
 * @param waitedFor the lanes it waited for first (empty when it did not wait, or the database named none)
 * @param waited    it was reported waiting before its answer
 * @param result    for a completed step, what it returned ("balance = 1000", "1 row changed"); for a failure, the error
 */
public record StepOutcome(Kind kind, boolean waited, List<String> waitedFor, ErrorKind error, String sqlState, String result) {
    public enum Kind { COMPLETED, FAILED, SKIPPED, STILL_WAITING, NOT_PLAYED }

    static StepOutcome notPlayed() {
        return new StepOutcome(Kind.NOT_PLAYED, false, List.of(), null, null, "not played");
    }

    /** What the lane's step {@code index} did in {@code record}; empty when it was not played there. */
    static java.util.Optional<StepOutcome> in(org.interleave.engine.RunRecord record, String lane, int index) {
        RunEvent waiting = null;
        RunEvent last = null;
        for (RunEvent e : record.events()) {
            if (!e.lane().equals(lane) || e.stepIndex() != index) continue;
            if (e.status() == org.interleave.engine.StepStatus.WAITING) waiting = e;
            else last = e;
        }
        return waiting == null && last == null ? java.util.Optional.empty() : java.util.Optional.of(of(waiting, last));
    }

    /** From the step's events in one run: its WAITING event, if any, and its final one. */
    static StepOutcome of(RunEvent waiting, RunEvent last) {
        boolean waited = waiting != null;
        List<String> whom = waited ? waiting.waitingFor() : List.of();
        if (last == null) return new StepOutcome(Kind.STILL_WAITING, true, whom, null, null, "still waiting");
        return switch (last.status()) {
            case COMPLETED -> new StepOutcome(Kind.COMPLETED, waited, whom, null, null, last.resultText());
            case FAILED -> new StepOutcome(Kind.FAILED, waited, whom, last.error().kind(), last.error().sqlState(), last.error().kind().words());
            case SKIPPED -> new StepOutcome(Kind.SKIPPED, false, List.of(), null, null, last.resultText());
            case WAITING -> new StepOutcome(Kind.STILL_WAITING, true, whom, null, null, "still waiting");
        };
    }

    /** "waits for T1, then balance = 1100", "fails 40P01 deadlock victim", "not run: T2 was aborted earlier". */
    public String words() {
        String wait = !waited ? "" : waitedFor.isEmpty() ? "waits, then " : "waits for " + String.join(" and ", waitedFor) + ", then ";
        return switch (kind) {
            case COMPLETED -> wait + result;
            case FAILED -> wait + "fails " + sqlState + " " + result;
            case SKIPPED, NOT_PLAYED -> result;
            case STILL_WAITING -> waitedFor.isEmpty() ? "still waiting" : "still waiting for " + String.join(" and ", waitedFor);
        };
    }

    /** What makes two engines' answers differ: the kind, whether it waited, the error's kind, and what it returned. */
    boolean sameAs(StepOutcome other) {
        return kind == other.kind && waited == other.waited && error == other.error
                && (kind != Kind.COMPLETED || result.equals(other.result));
    }
}
