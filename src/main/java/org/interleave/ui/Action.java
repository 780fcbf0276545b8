// A command of the window: its words, its keys and what it does; the toolbar and the keyboard share this one list.
package org.interleave.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/**
 * @param keys  the key combinations, the first one shown in tooltips and help
 * @param plain true when the keys have no modifier and could type or move (not F1): ignored while typing in a text field
 */
public record Action(String id, String words, String explain, List<KeyCombination> keys, boolean plain, Runnable run) {
    public static Action of(String id, String words, String explain, Runnable run, String... keys) {
        List<KeyCombination> combos = java.util.Arrays.stream(keys).map(Action::key).toList();
        boolean plain = combos.stream().allMatch(Action::plain);
        return new Action(id, words, explain, combos, plain, run);
    }

    /** Parses "Shortcut+R"; a key name JavaFX does not know fails here, at start-up, not silently later. */
    private static KeyCombination key(String text) {
        KeyCombination k = KeyCombination.valueOf(text);
        if (!(k instanceof javafx.scene.input.KeyCodeCombination)) throw new IllegalArgumentException("not a key name: " + text);
        return k;
    }

    private static boolean plain(KeyCombination k) {
        KeyCombination.ModifierValue up = KeyCombination.ModifierValue.UP;
        boolean function = k instanceof javafx.scene.input.KeyCodeCombination c && c.getCode().isFunctionKey();
        return !function && k.getShift() == up && k.getControl() == up && k.getAlt() == up && k.getMeta() == up && k.getShortcut() == up;
    }

    /** At most two of the keys, without repeats, for the help: "Ctrl++ / Ctrl+=". */
    public String shortKeyText() {
        return keys.stream().map(KeyCombination::getDisplayText).distinct().limit(2).collect(Collectors.joining(" / "));
    }

    /** The tooltip: the explanation and the keys. */
    public String tooltip() {
        return explain + (keys.isEmpty() ? "" : " (" + shortKeyText() + ")");
    }
}
