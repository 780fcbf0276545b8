// Changed cells are found by matching rows on their first column; new rows are marked as added.
package org.interleave.ui.panels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.ResultTable;
import org.junit.jupiter.api.Test;

class TableDiffTest {
    private static ResultTable table(List<List<String>> rows) {
        return new ResultTable(List.of("id", "name", "balance"), rows, false);
    }

    @Test
    void marksTheChangedCellAndTheNewRow() {
        ResultTable before = table(List.of(List.of("1", "Fallen Stars", "1000")));
        ResultTable after = table(List.of(List.of("1", "Fallen Stars", "1100"), List.of("2", "Moyin", "5")));
        TableDiff diff = TableDiff.of(before, after);
        assertTrue(diff.changed(0, 2));
        assertFalse(diff.changed(0, 1));
        assertTrue(diff.added(1));
        assertFalse(diff.added(0));
    }

    @Test
    void marksNothingWithoutAnEarlierPicture() {
        TableDiff diff = TableDiff.of(null, table(List.of(List.of("1", "Fallen Stars", "1000"))));
        assertFalse(diff.any());
    }
}
