// What a student says a step will do the moment it is issued: complete at once, wait (for whom), or fail (with what).
package org.interleave.engine.quiz;

import org.interleave.engine.ErrorKind;
import org.interleave.scenario.StepExpectation;

/**
 * @param waitsFor  for WAITS: the lane it waits for, or null for "someone"
 * @param failsWith for FAILS: the kind of error, or null for "some error"
 */
public record Prediction(StepExpectation.Kind kind, String waitsFor, ErrorKind failsWith) {
    public static Prediction completes() {
        return new Prediction(StepExpectation.Kind.COMPLETES, null, null);
    }

    public static Prediction waits(String lane) {
        return new Prediction(StepExpectation.Kind.WAITS, lane, null);
    }

    public static Prediction fails(ErrorKind kind) {
        return new Prediction(StepExpectation.Kind.FAILS, null, kind);
    }

    /** "completes at once", "waits for T1", "fails (deadlock victim)". */
    public String words() {
        return switch (kind) {
            case COMPLETES -> "completes at once";
            case WAITS -> waitsFor == null ? "waits" : "waits for " + waitsFor;
            case FAILS -> failsWith == null ? "fails" : "fails (" + failsWith.words() + ")";
        };
    }
}
