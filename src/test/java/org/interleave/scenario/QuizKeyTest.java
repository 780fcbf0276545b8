// A scenario's own quiz questions: read with their step, choices, answer and protection; mistakes told at their place.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizKeyTest {
    private static final String BASE = """
            id: q
            title: Q
            setup: [CREATE TABLE t (v INT)]
            lanes:
              - id: T1
                steps:
                  - { id: read, sql: SELECT v FROM t }
                  - COMMIT
            protections:
              - id: lock
                title: Lock
                explain: Locks.
                steps:
                  T1:
                    - replace: read
                      with: { sql: SELECT v FROM t FOR UPDATE }
            """;

    @Test
    void aQuestionIsAskedBeforeItsStepUnderItsProtection() {
        LoadResult r = ScenarioLoader.parse("q.yaml", BASE + """
                quiz:
                  - { step: T1.read, question: "Rows?", choices: [none, one], answer: 1, explain: "The table is empty." }
                  - { step: T1.read, question: "Locked?", choices: [yes, no], answer: 1, protection: lock }
                """);
        assertEquals(List.of(), r.problems());
        QuizQuestion plain = r.scenario().questionsBefore("T1", "read", RunPlan.UNPROTECTED).get(0);
        assertEquals(List.of("Rows?", "none", "The table is empty."), List.of(plain.question(), plain.choices().get(plain.answer()), plain.explain()));
        assertEquals(List.of("Locked?"), r.scenario().questionsBefore("T1", "read", "lock").stream().map(QuizQuestion::question).toList());
        assertEquals(List.of(), r.scenario().questionsBefore("T1", "commit", RunPlan.UNPROTECTED));
    }

    @Test
    void mistakesAreToldAtTheirLineAndColumn() {
        LoadResult r = ScenarioLoader.parse("q.yaml", BASE + """
                quiz:
                  - { step: T1.reed, question: "Rows?", choices: [none], answer: 3 }
                  - { step: T1.read, question: "Locked?", choices: [yes, no], answer: 1, protection: lokc }
                """);
        assertEquals(List.of("q.yaml:18:5: a quiz question needs `choices:`, at least two",
                "q.yaml:18:66: `answer:` is the number of the right choice, from 1 to 1, not `3`",
                "q.yaml:18:13: the quiz question's step `T1.reed` is not a step of the scenario; write it as LANE.STEP, such as T1.read",
                "q.yaml:19:5: the quiz question is asked under protection `lokc`, which the scenario does not have (did you mean `lock`?);"
                        + " leave `protection:` out to ask it without one"), r.problems().stream().map(Problem::toString).toList());
    }
}
