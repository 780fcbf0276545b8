// Compares what each step did with what its scenario file expected of it on the engine that ran it (`expect:` of a step).
package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepExpectation;

public final class ExpectedSteps {
    private ExpectedSteps() {}

    /**
     * Every difference so far. With {@code ended} false (a run still being stepped), a step not answered yet is
     * no difference; a step expected to complete at once that is waiting already is one.
     */
    public static List<StepSurprise> surprises(RunPlan plan, EngineId engine, List<RunEvent> events, boolean ended) {
        List<StepSurprise> result = new ArrayList<>();
        for (Lane lane : plan.lanes()) {
            for (int i = 0; i < lane.steps().size(); i++) {
                Step step = lane.steps().get(i);
                Optional<StepExpectation> expected = step.expectationOn(engine);
                if (expected.isEmpty()) continue;
                Answer answer = Answer.of(events, lane.id(), i);
                compare(expected.get(), answer, ended).ifPresent(actual -> result.add(new StepSurprise(lane.id(), step.id(), answer.index,
                        answer.sequence(), expected.get().words(), actual)));
            }
        }
        result.sort(java.util.Comparator.comparingInt(s -> s.sequence() == 0 ? Integer.MAX_VALUE : s.sequence()));
        return List.copyOf(result);
    }

    /** How the database answered one step: its report of waiting and its final answer, either possibly missing. */
    private record Answer(int index, RunEvent waiting, RunEvent last) {
        static Answer of(List<RunEvent> events, String lane, int index) {
            RunEvent waiting = null;
            RunEvent last = null;
            for (RunEvent e : events) {
                if (!e.lane().equals(lane) || e.stepIndex() != index) continue;
                if (e.status() == StepStatus.WAITING) {
                    if (waiting == null) waiting = e;
                } else if (last == null) {
                    last = e;
                }
            }
            return new Answer(index, waiting, last);
        }

        int sequence() {
            return last != null ? last.sequence() : waiting != null ? waiting.sequence() : 0;
        }

        String waitedWords() {
            return waiting.waitingFor().isEmpty() ? "waited" : "waited for " + String.join(" and ", waiting.waitingFor());
        }
    }

    /** What the database did instead, or empty when it did what was expected (or has not answered yet). */
    private static Optional<String> compare(StepExpectation expected, Answer a, boolean ended) {
        if (a.waiting == null && a.last == null) return ended ? Optional.of("it was not run") : Optional.empty();
        if (a.last != null && a.last.status() == StepStatus.SKIPPED) return Optional.of("it was not run (" + a.last.detail() + ")");
        return switch (expected.kind()) {
            case COMPLETES -> {
                if (a.waiting != null) yield Optional.of(a.waitedWords() + (a.last == null ? "" : ", then " + finalWords(a.last)));
                yield a.last.status() == StepStatus.COMPLETED ? Optional.empty() : Optional.of(finalWords(a.last));
            }
            case WAITS -> {
                if (a.waiting == null) {
                    yield Optional.of(a.last.status() == StepStatus.FAILED ? "failed at once with " + a.last.error().sqlState() + " ("
                            + a.last.error().kind().words() + ")" : "completed at once");
                }
                if (expected.waitsFor().isEmpty() || a.waiting.waitingFor().containsAll(expected.waitsFor())) yield Optional.empty();
                yield Optional.of(a.waiting.waitingFor().isEmpty() ? "waited without the database naming for whom" : a.waitedWords());
            }
            case FAILS -> {
                if (a.last == null) yield ended ? Optional.of(a.waitedWords() + " until the run ended") : Optional.empty();
                if (a.last.status() == StepStatus.FAILED) {
                    yield expected.acceptsSqlState(a.last.error().sqlState()) ? Optional.empty() : Optional.of(finalWords(a.last));
                }
                yield Optional.of(finalWords(a.last) + (a.waiting != null ? " after it " + a.waitedWords() : ""));
            }
        };
    }

    private static String finalWords(RunEvent last) {
        return switch (last.status()) {
            case COMPLETED -> "completed";
            case FAILED -> "failed with " + last.error().sqlState() + " (" + last.error().kind().words() + ")";
            case SKIPPED -> "it was not run";
            case WAITING -> "waited";
        };
    }
}
