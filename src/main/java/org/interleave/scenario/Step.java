// One statement of a lane, with its kind, narration, captured values, application guard, crash marker and expected answer.
package org.interleave.scenario;

import java.util.Map;

/**
 * @param kind    what the statement is, from its parse at load time (null only in a file that does not load)
 * @param capture variable name to what is kept of the step's answer for later steps and checks, as {@code :name}
 * @param guard   an SQL condition over captured values; the step runs only when it is true
 * @param crash   the application process dies right after this step: the connection is lost without commit
 * @param note    the narration shown whatever the step does, or null
 * @param notesWhen narration shown only when the step {@code waits}, {@code fails} or {@code completes} (in place of {@code note})
 * @param expect    per engine, what the step should do there (complete, wait, fail); engines without one expect nothing
 */
public record Step(String id, EngineSql sql, StepKind kind, String note, Map<String, Capture> capture, String guard, boolean crash, Pos pos,
        Map<String, String> notesWhen, Map<EngineId, StepExpectation> expect) {
    /** The outcomes a note can be tied to, as a scenario file spells them. */
    public static final java.util.List<String> NOTE_OUTCOMES = java.util.List.of("waits", "fails", "completes");

    public Step(String id, EngineSql sql, StepKind kind, String note, Map<String, Capture> capture, String guard, boolean crash, Pos pos) {
        this(id, sql, kind, note, capture, guard, crash, pos, Map.of(), Map.of());
    }

    /** The same step, expected to do {@code expected} (a protection that changes what it does says so). */
    public Step withExpect(Map<EngineId, StepExpectation> expected) {
        return new Step(id, sql, kind, note, capture, guard, crash, pos, notesWhen, Map.copyOf(expected));
    }

    /** What the step should do on {@code engine}, when the file says. */
    public java.util.Optional<StepExpectation> expectationOn(EngineId engine) {
        return java.util.Optional.ofNullable(expect.get(engine));
    }

    /** The narration for what the step did ({@code "waits"}, {@code "fails"}, {@code "completes"}), or its plain note. */
    public String noteWhen(String outcome) {
        String tied = outcome == null ? null : notesWhen.get(outcome);
        return tied != null ? tied : note;
    }
}
