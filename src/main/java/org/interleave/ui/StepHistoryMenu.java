// The schedule so far as a menu: go back to the point after any step (or the start), or redo the next step undone.
package org.interleave.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.interleave.engine.RunEvent;
import org.interleave.scenario.Lane;
import org.interleave.ui.session.SessionSnapshot;

final class StepHistoryMenu {
    private StepHistoryMenu() {}

    /** Items for every point of {@code s}'s schedule, then for the steps that can be redone (only the next one can be taken). */
    static ContextMenu of(SessionSnapshot s, List<String> redoable, IntConsumer jumpTo, Runnable redo) {
        ContextMenu menu = new ContextMenu();
        menu.setId("history-menu");
        List<String> done = issuedSteps(s);
        MenuItem start = item("Start: nothing run", done.isEmpty(), () -> jumpTo.accept(0));
        menu.getItems().add(start);
        for (int k = 1; k <= done.size(); k++) {
            int to = k;
            boolean now = k == done.size();
            MenuItem point = item((now ? "✓ " : "") + "After " + k + " · " + done.get(k - 1) + (now ? "   (now)" : ""), false, () -> jumpTo.accept(to));
            if (now) point.getStyleClass().add("history-now");
            menu.getItems().add(point);
        }
        if (!redoable.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            Map<String, Integer> next = nextStepIndex(s);
            for (int j = 0; j < redoable.size(); j++) {
                String lane = redoable.get(j);
                int index = next.merge(lane, 1, Integer::sum) - 1;
                String step = s.plan().lane(lane).map(Lane::steps).filter(st -> index < st.size()).map(st -> st.get(index).id()).orElse("");
                menu.getItems().add(item((j == 0 ? "Redo " : "Then ") + (done.size() + j + 1) + " · " + lane + " " + step, j > 0, redo));
            }
        }
        return menu;
    }

    /** "T1 read" for each step issued so far, in order: a step's first event (a wait or its answer), not its release. */
    private static List<String> issuedSteps(SessionSnapshot s) {
        List<String> steps = new ArrayList<>();
        for (RunEvent e : s.diagram().events()) if (!e.afterWait()) steps.add(e.lane() + " " + e.stepId());
        if (steps.size() != s.history().size()) return new ArrayList<>(s.history()); // cannot pair them: lanes alone
        return steps;
    }

    /** Per lane, how many of its steps have been issued: the index of its next one. */
    private static Map<String, Integer> nextStepIndex(SessionSnapshot s) {
        Map<String, Integer> next = new HashMap<>();
        for (String lane : s.history()) next.merge(lane, 1, Integer::sum);
        return next;
    }

    private static MenuItem item(String words, boolean disabled, Runnable run) {
        MenuItem item = new MenuItem(words);
        item.setMnemonicParsing(false);
        item.setDisable(disabled);
        item.setOnAction(e -> run.run());
        return item;
    }
}
