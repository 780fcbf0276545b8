// How a protection changes one lane's steps: replace a step, remove one, add one, or restate what one is expected to do.
package org.interleave.scenario;

public sealed interface StepChange {
    Pos pos();

    record Replace(String stepId, Step with, Pos pos) implements StepChange {}

    record Remove(String stepId, Pos pos) implements StepChange {}

    /** Adds {@code step} before or after {@code anchorId}; with a null anchor, at the end of the lane. */
    record Add(Step step, String anchorId, boolean before, Pos pos) implements StepChange {}

    /** Keeps the step, expecting {@code expect} of it under this protection (empty: nothing). */
    record Expect(String stepId, java.util.Map<EngineId, StepExpectation> expect, Pos pos) implements StepChange {}
}
