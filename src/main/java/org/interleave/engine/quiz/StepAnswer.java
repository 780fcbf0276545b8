// What the database did the moment a step was issued, read from the run's events: the thing a student predicts.
package org.interleave.engine.quiz;

import java.util.List;
import java.util.Optional;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.StepExpectation;

/** @param first the step's first event: WAITING, or its answer when it came at once */
public record StepAnswer(RunEvent first) {
    /** The answer to the lane's step {@code index}, once the database gave one (empty while it has not, or when it was not run). */
    public static Optional<StepAnswer> of(List<RunEvent> events, String lane, int index) {
        for (RunEvent e : events) {
            if (!e.lane().equals(lane) || e.stepIndex() != index) continue;
            return e.status() == StepStatus.SKIPPED ? Optional.empty() : Optional.of(new StepAnswer(e));
        }
        return Optional.empty();
    }

    public StepExpectation.Kind kind() {
        return switch (first.status()) {
            case WAITING -> StepExpectation.Kind.WAITS;
            case FAILED -> StepExpectation.Kind.FAILS;
            default -> StepExpectation.Kind.COMPLETES;
        };
    }

    /** True when the prediction says what happened; a lane or error kind named in it must be the one. */
    public boolean matches(Prediction p) {
        if (p.kind() != kind()) return false;
        if (p.kind() == StepExpectation.Kind.WAITS && p.waitsFor() != null) return first.waitingFor().contains(p.waitsFor());
        if (p.kind() == StepExpectation.Kind.FAILS && p.failsWith() != null) return first.error().kind() == p.failsWith();
        return true;
    }

    /** "it waited for T1", "it failed: deadlock victim (40P01)", "it completed at once". */
    public String words() {
        return switch (kind()) {
            case WAITS -> first.waitingFor().isEmpty() ? "it waited" : "it waited for " + String.join(" and ", first.waitingFor());
            case FAILS -> "it failed: " + first.error().kind().words() + " (" + first.error().sqlState() + ")";
            case COMPLETES -> "it completed at once";
        };
    }
}
