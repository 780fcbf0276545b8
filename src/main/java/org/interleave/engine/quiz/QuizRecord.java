// A quiz run so far: each prediction of a step, each answer to a scenario's own question and to the checks, graded.
package org.interleave.engine.quiz;

import java.util.ArrayList;
import java.util.List;

public record QuizRecord(List<StepGuess> steps, List<QuestionGuess> questions, List<CheckGuess> checks) {
    /** A step's prediction and what the database did; {@code why} explains it in a line (the step's note or the error's meaning). */
    public record StepGuess(String lane, String stepId, String sql, Prediction predicted, StepAnswer answer, String why) {
        public boolean right() {
            return answer.matches(predicted);
        }
    }

    /** An answer to one of the scenario's own questions (choices counted from 0). */
    public record QuestionGuess(String question, List<String> choices, int chosen, int answer, String explain) {
        public boolean right() {
            return chosen == answer;
        }
    }

    /** Whether the student said a check would hold, and whether it did. */
    public record CheckGuess(String name, boolean predictedHolds, boolean holds) {
        public boolean right() {
            return predictedHolds == holds;
        }
    }

    public static final QuizRecord EMPTY = new QuizRecord(List.of(), List.of(), List.of());

    public QuizRecord {
        steps = List.copyOf(steps);
        questions = List.copyOf(questions);
        checks = List.copyOf(checks);
    }

    public QuizRecord with(StepGuess g) {
        List<StepGuess> more = new ArrayList<>(steps);
        more.add(g);
        return new QuizRecord(more, questions, checks);
    }

    public QuizRecord with(QuestionGuess g) {
        List<QuestionGuess> more = new ArrayList<>(questions);
        more.add(g);
        return new QuizRecord(steps, more, checks);
    }

    public QuizRecord withChecks(List<CheckGuess> answered) {
        return new QuizRecord(steps, questions, answered);
    }

    public boolean isEmpty() {
        return steps.isEmpty() && questions.isEmpty() && checks.isEmpty();
    }

    public int asked() {
        return steps.size() + questions.size() + checks.size();
    }

    public int right() {
        return (int) (steps.stream().filter(StepGuess::right).count() + questions.stream().filter(QuestionGuess::right).count()
                + checks.stream().filter(CheckGuess::right).count());
    }

    /** "Score: 5 of 7". */
    public String scoreWords() {
        return "Score: " + right() + " of " + asked();
    }

    /** One line per wrong answer: what was said and what really happened. */
    public List<String> misses() {
        List<String> lines = new ArrayList<>();
        for (StepGuess g : steps) {
            if (!g.right()) lines.add(g.lane() + " · " + g.stepId() + ": you said it " + g.predicted().words() + "; " + g.answer().words()
                    + (g.why() == null || g.why().isBlank() ? "" : ". " + g.why()));
        }
        for (QuestionGuess g : questions) {
            if (!g.right()) lines.add(g.question() + " You said " + g.choices().get(g.chosen()) + "; the answer is " + g.choices().get(g.answer())
                    + (g.explain() == null || g.explain().isBlank() ? "" : ". " + g.explain()));
        }
        for (CheckGuess g : checks) {
            if (!g.right()) lines.add("Check " + g.name() + ": you said it " + (g.predictedHolds() ? "holds" : "fails") + "; it "
                    + (g.holds() ? "holds" : "fails"));
        }
        return List.copyOf(lines);
    }
}
