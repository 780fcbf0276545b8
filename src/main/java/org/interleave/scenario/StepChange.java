// How a protection changes one lane's steps: replace a step, remove one, or add one before or after another.
package org.interleave.scenario;

public sealed interface StepChange {
    Pos pos();

    record Replace(String stepId, Step with, Pos pos) implements StepChange {}

    record Remove(String stepId, Pos pos) implements StepChange {}

    /** Adds {@code step} before or after {@code anchorId}; with a null anchor, at the end of the lane. */
    record Add(Step step, String anchorId, boolean before, Pos pos) implements StepChange {}
}
