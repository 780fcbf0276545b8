// One line of the matrix: a protection, the isolation it ran under, and its exploration once done (or why it failed).
package org.interleave.ui.explore;

import java.util.Map;
import java.util.stream.Collectors;
import org.interleave.engine.explore.ExplorationRow;

/**
 * @param isolation the lanes' isolation levels for this row, e.g. {T1=REPEATABLE READ}
 * @param result    null while the row is still waiting or running
 * @param problem   why the row could not be explored, or null
 */
public record MatrixRow(String protectionId, String title, Map<String, String> isolation, ExplorationRow result, String problem) {

    public boolean pending() {
        return result == null && problem == null;
    }

    MatrixRow done(ExplorationRow r) {
        return new MatrixRow(protectionId, title, isolation, r, null);
    }

    MatrixRow failed(String why) {
        return new MatrixRow(protectionId, title, isolation, null, why);
    }

    /** "T1 REPEATABLE READ · T2 REPEATABLE READ", or "" when every lane runs at READ COMMITTED. */
    public String isolationNote() {
        if (isolation.values().stream().allMatch("READ COMMITTED"::equals)) return "";
        return isolation.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
