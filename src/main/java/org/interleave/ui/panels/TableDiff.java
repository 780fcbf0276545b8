// Which cells of a committed table changed since the previous snapshot: rows matched by their first column.
package org.interleave.ui.panels;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.ResultTable;

final class TableDiff {
    /** A cell by row index and column index of the new table. */
    record Cell(int row, int column) {}

    private final Set<Cell> changed = new HashSet<>();
    private final Set<Integer> added = new HashSet<>();

    private TableDiff() {}

    /** Compares {@code now} with {@code before}; a null {@code before} marks nothing (there is nothing to compare with). */
    static TableDiff of(ResultTable before, ResultTable now) {
        TableDiff d = new TableDiff();
        if (before == null || now == null || !before.columns().equals(now.columns())) return d;
        Map<String, List<String>> old = new HashMap<>();
        for (List<String> row : before.rows()) if (!row.isEmpty()) old.put(row.get(0), row);
        for (int r = 0; r < now.rows().size(); r++) {
            List<String> row = now.rows().get(r);
            List<String> was = row.isEmpty() ? null : old.get(row.get(0));
            if (was == null) {
                d.added.add(r);
                continue;
            }
            for (int c = 0; c < row.size() && c < was.size(); c++) {
                if (!row.get(c).equals(was.get(c))) d.changed.add(new Cell(r, c));
            }
        }
        return d;
    }

    boolean changed(int row, int column) {
        return changed.contains(new Cell(row, column));
    }

    boolean added(int row) {
        return added.contains(row);
    }

    boolean any() {
        return !changed.isEmpty() || !added.isEmpty();
    }
}
