// What step back and a jump back undid, so it can be redone step by step; FX thread only.
package org.interleave.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

final class StepHistory {
    /** The lanes of the steps undone, the next to redo on top. */
    private final Deque<String> redo = new ArrayDeque<>();

    /** Step back undid the lane's step. */
    void undone(String lane) {
        redo.push(lane);
    }

    /** Going back to the point after {@code steps} of {@code history}: the steps after it wait to be redone. */
    void jumpedBack(List<String> history, int steps) {
        for (int i = history.size() - 1; i >= steps; i--) redo.push(history.get(i));
    }

    /** A step asked for: the next redo when it is that lane's, else the start of a new future. */
    void stepped(String lane) {
        if (!redo.isEmpty() && redo.peek().equals(lane)) redo.pop();
        else redo.clear();
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    List<String> redoable() {
        return List.copyOf(redo);
    }

    void clear() {
        redo.clear();
    }
}
