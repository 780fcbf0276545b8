// The quiz's card above the diagram: the question for the step asked for, the reveal, the checks, and the score.
package org.interleave.ui.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.quiz.Prediction;
import org.interleave.engine.quiz.QuizRecord;
import org.interleave.scenario.QuizQuestion;
import org.interleave.ui.session.SessionSnapshot;

public final class QuizCard extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    /** The errors worth predicting in a lesson on concurrency; "some error" covers the rest. */
    private static final List<ErrorKind> FAILURES = List.of(ErrorKind.SERIALIZATION, ErrorKind.DEADLOCK, ErrorKind.UNIQUE_VIOLATION,
            ErrorKind.CHECK_VIOLATION, ErrorKind.FOREIGN_KEY_VIOLATION, ErrorKind.LOCK_NOT_AVAILABLE, ErrorKind.TRANSACTION_ABORTED,
            ErrorKind.LOCK_TIMEOUT);

    private final QuizController quiz;
    private final java.util.function.Supplier<SessionSnapshot> snapshot;
    /** The score, and beside it the question or the reveal. */
    private javafx.scene.layout.HBox header;

    public QuizCard(QuizController quiz, java.util.function.Supplier<SessionSnapshot> snapshot) {
        super(8);
        this.quiz = quiz;
        this.snapshot = snapshot;
        setId("quiz-card");
        getStyleClass().add("quiz-card");
        quiz.stageProperty().addListener((o, was, now) -> show());
        quiz.recordProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        QuizController.Stage stage = quiz.stageProperty().get();
        boolean on = stage != QuizController.Stage.OFF;
        setVisible(on);
        setManaged(on);
        getChildren().clear();
        if (!on) return;
        QuizRecord r = quiz.recordProperty().get();
        Label title = label("Quiz · " + r.scoreWords(), "quiz-title");
        title.setId("quiz-score");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        header = new javafx.scene.layout.HBox(12, title);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        getChildren().add(header);
        switch (stage) {
            case IDLE -> header.getChildren().add(label("Click a lane's next statement (or press its number): before it runs, say what the database"
                    + " will do.", "quiz-hint"));
            case ASKING -> asking();
            case RUNNING -> header.getChildren().add(label("Running it on the database…", "quiz-hint"));
            case REVEALED -> {
                lastReveal(r);
                if (getChildren().size() == 1) getChildren().add(label("Click the next statement to go on.", "quiz-hint"));
            }
            case CHECKS -> {
                lastReveal(r);
                checks();
            }
            case DONE -> summary(r);
            default -> { }
        }
    }

    private void asking() {
        QuizController.Question q = quiz.asking();
        // the statement itself is on the lane's card just below: the question names the step, the answer fits one line
        header.getChildren().add(label("What will the database do with " + q.lane() + "'s " + q.step().id() + "?", "quiz-question"));
        ToggleGroup kind = new ToggleGroup();
        ToggleButton completes = toggle("Completes at once", "quiz-completes", kind);
        ToggleButton waits = toggle("Waits", "quiz-waits", kind);
        ToggleButton fails = toggle("Fails", "quiz-fails", kind);
        FlowPane answers = new FlowPane(8, 6, completes, waits, fails);
        answers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(answers);
        ToggleGroup forWhom = new ToggleGroup();
        javafx.scene.layout.HBox whom = new javafx.scene.layout.HBox(6);
        whom.getChildren().add(label("for", "quiz-hint"));
        for (String other : q.otherLanes()) whom.getChildren().add(toggle(other, "quiz-waits-" + other, forWhom));
        ComboBox<ErrorKind> failsWith = new ComboBox<>();
        failsWith.setId("quiz-fails-with");
        failsWith.getItems().add(null);
        failsWith.getItems().addAll(FAILURES);
        failsWith.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ErrorKind k) {
                return k == null ? "some error" : k.words();
            }

            @Override
            public ErrorKind fromString(String s) {
                return null;
            }
        });
        failsWith.setValue(null);
        javafx.scene.layout.HBox with = new javafx.scene.layout.HBox(6, label("with", "quiz-hint"), failsWith);
        shownWhen(whom, waits);
        shownWhen(with, fails);
        whom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        with.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        answers.getChildren().addAll(whom, with);
        List<ToggleGroup> own = new ArrayList<>();
        int n = 1;
        for (QuizQuestion question : q.own()) {
            getChildren().add(label(question.question(), "quiz-question"));
            ToggleGroup group = new ToggleGroup();
            FlowPane choices = new FlowPane(8, 6);
            for (int c = 0; c < question.choices().size(); c++) {
                ToggleButton b = toggle(question.choices().get(c), "quiz-q" + n + "-c" + (c + 1), group);
                b.setUserData(c);
                choices.getChildren().add(b);
            }
            getChildren().add(choices);
            own.add(group);
            n++;
        }
        Button run = new Button("Run it");
        run.setId("quiz-run");
        run.getStyleClass().add("accent");
        Runnable enable = () -> run.setDisable(kind.getSelectedToggle() == null || own.stream().anyMatch(g -> g.getSelectedToggle() == null));
        kind.selectedToggleProperty().addListener((o, was, now) -> enable.run());
        own.forEach(g -> g.selectedToggleProperty().addListener((o, was, now) -> enable.run()));
        enable.run();
        answers.getChildren().add(run);
        run.setOnAction(e -> {
            Prediction p = kind.getSelectedToggle() == completes ? Prediction.completes()
                    : kind.getSelectedToggle() == waits ? Prediction.waits(forWhom.getSelectedToggle() == null ? null
                            : ((ToggleButton) forWhom.getSelectedToggle()).getText())
                    : Prediction.fails(failsWith.getValue());
            quiz.answer(p, own.stream().map(g -> (Integer) g.getSelectedToggle().getUserData()).toList());
        });
        // the scenario's own questions go below the answer line, and Run it waits for them too
        if (!own.isEmpty()) {
            getChildren().remove(answers);
            getChildren().add(answers);
        }
    }

    private void lastReveal(QuizRecord r) {
        if (r.steps().isEmpty()) return;
        QuizRecord.StepGuess g = r.steps().get(r.steps().size() - 1);
        Label verdict = label((g.right() ? "✓ Right: " : "✗ Not quite: ") + "you said " + g.lane() + " " + g.predicted().words() + "; "
                + g.answer().words() + ".", "quiz-reveal");
        verdict.setId("quiz-reveal");
        verdict.pseudoClassStateChanged(RIGHT, g.right());
        verdict.pseudoClassStateChanged(WRONG, !g.right());
        header.getChildren().add(verdict);
        if (g.why() != null && !g.why().isBlank()) {
            boolean goesOn = quiz.stageProperty().get() == QuizController.Stage.REVEALED;
            getChildren().add(label(g.why() + (goesOn ? "  ·  Click the next statement to go on." : ""), "quiz-why"));
        }
    }

    private void checks() {
        SessionSnapshot s = snapshot.get();
        if (s == null || s.verdict() == null) return;
        getChildren().add(label("Every lane is done. Before the verdict: which checks will hold?", "quiz-question"));
        Map<String, ToggleGroup> said = new LinkedHashMap<>();
        int n = 1;
        for (org.interleave.engine.CheckResult c : s.verdict().checks()) {
            ToggleGroup g = new ToggleGroup();
            ToggleButton holds = toggle("Holds", "quiz-check-" + n + "-holds", g);
            holds.setUserData(true);
            ToggleButton breaks = toggle("Fails", "quiz-check-" + n + "-fails", g);
            breaks.setUserData(false);
            getChildren().add(new FlowPane(8, 6, label(c.name(), "quiz-check-name"), holds, breaks));
            said.put(c.name(), g);
            n++;
        }
        Button show = new Button("Show the verdict");
        show.setId("quiz-verdict");
        show.getStyleClass().add("accent");
        Runnable enable = () -> show.setDisable(said.values().stream().anyMatch(g -> g.getSelectedToggle() == null));
        said.values().forEach(g -> g.selectedToggleProperty().addListener((o, was, now) -> enable.run()));
        enable.run();
        show.setOnAction(e -> {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            said.forEach((name, g) -> answers.put(name, (Boolean) g.getSelectedToggle().getUserData()));
            quiz.answerChecks(answers);
        });
        getChildren().add(show);
    }

    private void summary(QuizRecord r) {
        List<String> misses = r.misses();
        Label head = label(misses.isEmpty() ? "Every prediction was right." : "What went otherwise than predicted:", "quiz-question");
        VBox lines = new VBox(4);
        lines.setId("quiz-summary");
        for (String miss : misses) lines.getChildren().add(label("• " + miss, "quiz-miss"));
        getChildren().addAll(head, lines, label("The verdict and the committed data are shown; Ctrl+R starts the quiz over.", "quiz-hint"));
    }

    private static void shownWhen(javafx.scene.Node n, ToggleButton b) {
        n.visibleProperty().bind(b.selectedProperty());
        n.managedProperty().bind(b.selectedProperty());
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        return b;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
