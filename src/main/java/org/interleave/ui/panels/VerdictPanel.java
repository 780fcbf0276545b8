// The verdict once every lane is done: red or green, in the scenario's business words, each check, and the caveat.
package org.interleave.ui.panels;

import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.interleave.engine.CheckResult;
import org.interleave.engine.Verdict;
import org.interleave.scenario.Outcome;
import org.interleave.ui.session.LaneStatus;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

public final class VerdictPanel extends VBox {
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass ANOMALY = PseudoClass.getPseudoClass("anomaly");
    private static final PseudoClass SAFE = PseudoClass.getPseudoClass("safe");
    private static final PseudoClass ABORTED = PseudoClass.getPseudoClass("aborted");

    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox checks = new VBox(8);
    private final Label caveat = new Label();

    public VerdictPanel(SessionViewModel model) {
        getStyleClass().add("verdict-panel");
        setId("verdict-panel");
        title.getStyleClass().add("verdict-title");
        title.setId("verdict-title");
        summary.getStyleClass().add("verdict-summary");
        summary.setId("verdict-summary");
        caveat.getStyleClass().add("verdict-caveat");
        caveat.setId("verdict-caveat");
        for (Label l : new Label[] {title, summary, caveat}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().setAll(title, summary, checks, caveat);
        model.snapshotProperty().addListener((o, was, now) -> show(now));
        show(null);
    }

    private void show(SessionSnapshot s) {
        Verdict v = s == null ? null : s.verdict();
        pseudoClassStateChanged(PENDING, v == null);
        pseudoClassStateChanged(ANOMALY, v != null && v.outcome() == Outcome.ANOMALY);
        pseudoClassStateChanged(SAFE, v != null && v.outcome() == Outcome.SAFE);
        pseudoClassStateChanged(ABORTED, v != null && v.outcome() == Outcome.ABORTED);
        checks.getChildren().clear();
        caveat.setVisible(false);
        caveat.setManaged(false);
        if (v == null) {
            title.setText("Verdict: not yet");
            summary.setText(s == null ? "The verdict appears when every lane has finished."
                    : "The verdict appears when every lane has finished. " + lanesLeft(s));
            return;
        }
        title.setText(v.scenarioError() ? "⚠ Scenario error: a statement of the file is wrong" : titleOf(v.outcome()));
        summary.setText(capitalised(v.summary()) + ".");
        for (CheckResult c : v.checks()) checks.getChildren().add(check(c));
        String note = v.caveat() == null || v.caveat().isBlank() ? "" : "Caveat: " + v.caveat();
        if (v.expected() != null && v.expected() != v.outcome()) {
            note = (note.isEmpty() ? "" : note + "\n") + "The scenario expects \"" + v.expected().headline() + "\" on " + v.engine().id().productName() + ", but the run gave \""
                    + v.headline() + "\" (a different schedule than the story's?).";
        }
        caveat.setText(note);
        caveat.setVisible(!note.isEmpty());
        caveat.setManaged(!note.isEmpty());
    }

    static String titleOf(Outcome outcome) {
        switch (outcome) {
            case ANOMALY: return "✗ Anomaly: the business rule is broken";
            case ABORTED: return "✓ Safe, at a price: a transaction was rolled back";
            default: return "✓ Safe: the business rule holds";
        }
    }

    private static VBox check(CheckResult c) {
        Label head = new Label((c.holds() ? "✓ " : "✗ ") + c.name() + ": expected " + c.expected() + ", actual " + c.actual());
        head.getStyleClass().add("check-line");
        head.pseudoClassStateChanged(PseudoClass.getPseudoClass(c.holds() ? "holds" : "fails"), true);
        head.setWrapText(true);
        head.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label explain = new Label(c.explain());
        explain.getStyleClass().add("check-explain");
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, head, explain);
        box.getStyleClass().add("check");
        return box;
    }

    private static String lanesLeft(SessionSnapshot s) {
        return s.lanes().stream().filter(l -> !l.done()).map(VerdictPanel::left).collect(Collectors.joining("; ")) + ".";
    }

    private static String left(LaneStatus l) {
        if (l.waiting()) return l.id() + " is " + l.waitText();
        int n = l.stepsTotal() - l.stepsDone();
        return l.id() + " has " + n + (n == 1 ? " step" : " steps") + " left";
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
