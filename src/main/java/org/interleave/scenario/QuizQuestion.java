// A question of the scenario's own, asked in quiz mode before the step it belongs to runs.
package org.interleave.scenario;

import java.util.List;

/**
 * @param step    the step it is asked before (`T2.write`)
 * @param answer  the right choice, counted from 0
 * @param explain shown with the answer, or null
 * @param protection the protection it is asked under (its answer may differ under another), "none" without one
 */
public record QuizQuestion(ScheduleEntry step, String question, List<String> choices, int answer, String explain, String protection, Pos pos) {
    public QuizQuestion {
        choices = List.copyOf(choices);
    }
}
