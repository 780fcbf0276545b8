// Quiz mode: holds each step a person asks for until they predict what it will do, then runs it and grades the prediction.
package org.interleave.ui.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.interleave.engine.CheckResult;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunEvent;
import org.interleave.engine.quiz.Prediction;
import org.interleave.engine.quiz.QuizRecord;
import org.interleave.engine.quiz.StepAnswer;
import org.interleave.scenario.QuizQuestion;
import org.interleave.scenario.Step;
import org.interleave.ui.session.LaneStatus;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;

/** FX thread only. The committed data and the verdict stay hidden until the checks are predicted too. */
public final class QuizController {
    /** Where the quiz stands. */
    public enum Stage { OFF, IDLE, ASKING, RUNNING, REVEALED, CHECKS, DONE }

    /** The step being asked about: its lane, its index in the lane, the step and the scenario's own questions for it. */
    public record Question(String lane, int index, Step step, String sql, List<QuizQuestion> own, List<String> otherLanes) {}

    private final SessionController controller;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.OFF);
    private final ReadOnlyObjectWrapper<QuizRecord> record = new ReadOnlyObjectWrapper<>(QuizRecord.EMPTY);
    private final ReadOnlyBooleanWrapper hidesResults = new ReadOnlyBooleanWrapper(false);
    private Question asking;
    private Prediction predicted;
    private List<Integer> ownChosen = List.of();

    public QuizController(SessionController controller) {
        this.controller = controller;
        controller.model().snapshotProperty().addListener((o, was, now) -> follow(now));
        controller.model().scenarioProperty().addListener((o, was, now) -> restart());
        stage.addListener((o, was, now) -> hidesResults.set(now != Stage.OFF && now != Stage.DONE));
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** True while the committed data and the verdict are to stay hidden. */
    public ReadOnlyBooleanProperty hidesResultsProperty() {
        return hidesResults.getReadOnlyProperty();
    }

    public Question asking() {
        return asking;
    }

    public void toggle() {
        if (stage.get() == Stage.OFF) {
            controller.gateSteps(this::ask);
            stage.set(Stage.IDLE);
            restart();
        } else {
            controller.gateSteps(null);
            asking = null;
            stage.set(Stage.OFF);
        }
    }

    private void restart() {
        if (stage.get() == Stage.OFF) return;
        asking = null;
        record.set(QuizRecord.EMPTY);
        SessionSnapshot s = controller.model().snapshot();
        stage.set(s != null && s.finished() && !s.history().isEmpty() ? Stage.CHECKS : Stage.IDLE);
    }

    /** The gate: a step asked for opens its question instead of running (false); one asked while a question is open is ignored. */
    private boolean ask(String laneId) {
        if (stage.get() == Stage.ASKING || stage.get() == Stage.RUNNING || stage.get() == Stage.CHECKS) return false;
        SessionSnapshot s = controller.model().snapshot();
        LaneStatus lane = s == null ? null : s.lane(laneId);
        if (lane == null || !lane.canStep()) return false;
        Optional<org.interleave.scenario.Lane> planned = s.plan().lane(laneId);
        if (planned.isEmpty() || lane.stepsDone() >= planned.get().steps().size()) return false;
        Step step = planned.get().steps().get(lane.stepsDone());
        List<String> others = s.plan().laneIds().stream().filter(id -> !id.equals(laneId)).toList();
        asking = new Question(laneId, lane.stepsDone(), step, lane.nextSql(), s.plan().scenario().questionsBefore(laneId, step.id(), s.plan().protectionId()), others);
        stage.set(Stage.ASKING);
        return false;
    }

    /** The prediction for the open question (and the choices for the scenario's own questions): the step runs now. */
    public void answer(Prediction p, List<Integer> ownAnswers) {
        if (stage.get() != Stage.ASKING || asking == null) return;
        predicted = p;
        ownChosen = List.copyOf(ownAnswers);
        stage.set(Stage.RUNNING);
        controller.stepPastGate(asking.lane());
    }

    private void follow(SessionSnapshot s) {
        if (s == null || stage.get() == Stage.OFF) return;
        if (s.history().isEmpty() && stage.get() != Stage.ASKING) {
            if (!record.get().isEmpty() || stage.get() != Stage.IDLE) restart(); // reset, or a new run: start counting again
            return;
        }
        if (stage.get() == Stage.RUNNING) {
            List<RunEvent> events = s.diagram().events();
            Optional<StepAnswer> answer = StepAnswer.of(events, asking.lane(), asking.index());
            LaneStatus lane = s.lane(asking.lane());
            if (answer.isEmpty() && (lane == null || lane.stepsDone() <= asking.index())) return; // not answered yet
            if (answer.isPresent()) record.set(grade(answer.get()));
            stage.set(Stage.REVEALED);
        }
        if ((stage.get() == Stage.REVEALED || stage.get() == Stage.IDLE) && s.finished()) {
            stage.set(s.plan().checks().isEmpty() ? Stage.DONE : Stage.CHECKS);
        }
    }

    private QuizRecord grade(StepAnswer answer) {
        QuizRecord r = record.get();
        String why = explanation(asking.step(), answer);
        r = r.with(new QuizRecord.StepGuess(asking.lane(), asking.step().id(), asking.sql(), predicted, answer, why));
        for (int i = 0; i < asking.own().size() && i < ownChosen.size(); i++) {
            QuizQuestion q = asking.own().get(i);
            r = r.with(new QuizRecord.QuestionGuess(q.question(), q.choices(), ownChosen.get(i), q.answer(), q.explain()));
        }
        return r;
    }

    /** The step's note for what it did, else what its error means. */
    private static String explanation(Step step, StepAnswer answer) {
        String outcome = switch (answer.kind()) {
            case WAITS -> "waits";
            case FAILS -> "fails";
            case COMPLETES -> "completes";
        };
        String note = step.noteWhen(outcome);
        if (note != null && !note.isBlank()) return note.strip();
        ErrorKind kind = answer.first().error() == null ? null : answer.first().error().kind();
        return kind == null ? null : kind.explanation();
    }

    /** The predictions on the checks, by check name: the verdict is shown now. */
    public void answerChecks(Map<String, Boolean> holds) {
        if (stage.get() != Stage.CHECKS) return;
        SessionSnapshot s = controller.model().snapshot();
        if (s == null || s.verdict() == null) return;
        List<QuizRecord.CheckGuess> guesses = new java.util.ArrayList<>();
        for (CheckResult c : s.verdict().checks()) {
            Boolean said = holds.get(c.name());
            if (said != null) guesses.add(new QuizRecord.CheckGuess(c.name(), said, c.holds()));
        }
        record.set(record.get().withChecks(guesses));
        stage.set(Stage.DONE);
    }
}
