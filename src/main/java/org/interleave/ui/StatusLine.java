// The line under the diagram: what just went wrong, or a hint about what to do next.
package org.interleave.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

final class StatusLine extends Label {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final SessionViewModel model;

    StatusLine(SessionViewModel model) {
        this.model = model;
        getStyleClass().add("status-line");
        setId("status");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        model.problemProperty().addListener(o -> update());
        model.noticeProperty().addListener(o -> update());
        model.snapshotProperty().addListener(o -> update());
        model.scenarioProperty().addListener(o -> update());
        update();
    }

    private void update() {
        String problem = model.problemProperty().get();
        pseudoClassStateChanged(PROBLEM, !problem.isEmpty());
        if (!problem.isEmpty()) {
            setText(problem);
            return;
        }
        SessionSnapshot s = model.snapshot();
        String notice = model.noticeProperty().get();
        org.interleave.engine.RunEvent failed = latestFailure(s);
        pseudoClassStateChanged(PROBLEM, failed != null && failed.error().kind().scenarioMistake());
        if (!notice.isEmpty()) setText(notice);
        else if (failed != null) setText(failed.lane() + "'s step " + failed.stepId() + ": " + failed.error().explained().replace('\n', ' '));
        else if (model.scenario() == null) setText("Pick a scenario in the library on the left. Press F1 for help, F11 to present.");
        else if (s == null) setText("Starting a fresh database…");
        else if (s.finished()) setText("Every lane is done. Switch the protection above to replay the same schedule with it; Ctrl+R starts over.");
        else setText("Click a lane's next statement (or press " + keys(s) + ") to run it. Space plays the story, ← steps back.");
    }

    /**
     * The latest statement issued, when it failed: its explanation stays until the next step (what it released, a
     * waiting statement going on, does not count as a step).
     */
    private static org.interleave.engine.RunEvent latestFailure(SessionSnapshot s) {
        if (s == null || s.diagram() == null) return null;
        java.util.List<org.interleave.engine.RunEvent> events = s.diagram().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            org.interleave.engine.RunEvent e = events.get(i);
            if (e.afterWait()) continue;
            return e.status() == org.interleave.engine.StepStatus.FAILED && e.error() != null ? e : null;
        }
        return null;
    }

    private static String keys(SessionSnapshot s) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= s.lanes().size(); i++) {
            if (i > 1) b.append(i == s.lanes().size() ? " or " : ", ");
            b.append(i);
        }
        return b.toString();
    }
}
