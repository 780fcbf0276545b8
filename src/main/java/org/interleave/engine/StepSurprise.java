// A step that did not do what its scenario file expected on this engine: what was expected and what the database did.
package org.interleave.engine;

/**
 * @param stepIndex the step's index in its lane, from 0
 * @param sequence  the event that showed the difference, or 0 when the step never ran
 * @param expected  after "expected to": "wait for T1"
 * @param actual    after "but": "completed at once"
 */
public record StepSurprise(String lane, String stepId, int stepIndex, int sequence, String expected, String actual) {
    /** "expected to wait for T1, but completed at once". */
    public String sentence() {
        return "expected to " + expected + ", but " + actual;
    }
}
