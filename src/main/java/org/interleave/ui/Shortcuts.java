// Keyboard shortcuts for the whole window, handled before any control sees the key; plain keys are left to text fields.
package org.interleave.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import java.util.function.IntConsumer;

final class Shortcuts implements EventHandler<KeyEvent> {
    private final List<Action> actions = new ArrayList<>();
    private final IntConsumer stepLane;
    private final IntConsumer chooseProtection;
    private final IntConsumer cycleIsolation;

    /**
     * @param stepLane         called with 0 for key 1: runs that lane's next statement
     * @param chooseProtection called with 0 for Alt+0 (no protection), 1 for the first protection
     * @param cycleIsolation   called with 0 for Alt+Shift+1: the lane's next isolation level
     */
    Shortcuts(List<Action> actions, IntConsumer stepLane, IntConsumer chooseProtection, IntConsumer cycleIsolation) {
        this.actions.addAll(actions);
        this.stepLane = stepLane;
        this.chooseProtection = chooseProtection;
        this.cycleIsolation = cycleIsolation;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this);
    }

    @Override
    public void handle(KeyEvent e) {
        Node target = e.getTarget() instanceof Node n ? n : null;
        // the scenario editor's code area is a text control too, though not one of JavaFX's own
        boolean typing = inside(target, TextInputControl.class, org.fxmisc.richtext.GenericStyledArea.class);
        boolean moving = e.getCode().isNavigationKey() && inside(target, TreeView.class, ListView.class, ComboBoxBase.class);
        for (Action a : actions) {
            if (a.plain() && (typing || moving)) continue;
            for (KeyCombination k : a.keys()) {
                if (k.match(e)) {
                    e.consume();
                    a.run().run();
                    return;
                }
            }
        }
        int digit = digit(e.getCode());
        if (digit < 0) return;
        if (e.isAltDown() && e.isShiftDown() && digit >= 1) {
            cycleIsolation.accept(digit - 1);
            e.consume();
        } else if (e.isAltDown() && !e.isShiftDown() && !e.isShortcutDown()) {
            chooseProtection.accept(digit);
            e.consume();
        } else if (!e.isAltDown() && !e.isShortcutDown() && !e.isShiftDown() && digit >= 1 && !typing) {
            stepLane.accept(digit - 1);
            e.consume();
        }
    }

    /** True when the key's target is (inside) a control of one of the kinds: a plain key then belongs to that control. */
    @SafeVarargs
    private static boolean inside(Node target, Class<? extends Node>... kinds) {
        for (Node n = target; n != null; n = n.getParent()) {
            for (Class<? extends Node> k : kinds) if (k.isInstance(n)) return true;
        }
        return false;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }

    static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
