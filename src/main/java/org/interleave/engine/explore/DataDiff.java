// Says in a line which rows of two database states differ, e.g. "accounts has [1, 1100] where T1 then T2 gives [1, 1050]".
package org.interleave.engine.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.TableSnapshot;

final class DataDiff {
    private DataDiff() {}

    static String describe(List<TableSnapshot> actual, List<TableSnapshot> serial, String serialName) {
        Map<String, List<List<String>>> mine = rowsByTable(actual);
        Map<String, List<List<String>>> theirs = rowsByTable(serial);
        List<String> parts = new ArrayList<>();
        for (String table : mine.keySet()) {
            List<List<String>> extra = new ArrayList<>(mine.get(table));
            List<List<String>> missing = new ArrayList<>(theirs.getOrDefault(table, List.of()));
            for (List<String> row : mine.get(table)) {
                if (missing.remove(row)) extra.remove(row);
            }
            if (!extra.isEmpty() || !missing.isEmpty()) {
                parts.add(table + " has " + rows(extra) + " where " + serialName + " gives " + rows(missing));
            }
        }
        return parts.isEmpty() ? "the tables differ from " + serialName : String.join("; ", parts);
    }

    private static Map<String, List<List<String>>> rowsByTable(List<TableSnapshot> state) {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        for (TableSnapshot t : state) result.put(t.table(), t.contents().rows());
        return result;
    }

    private static String rows(List<List<String>> rows) {
        if (rows.isEmpty()) return "no row";
        List<String> shown = new ArrayList<>();
        for (List<String> row : rows.subList(0, Math.min(3, rows.size()))) shown.add("[" + String.join(", ", row) + "]");
        return String.join(" ", shown) + (rows.size() > 3 ? " and " + (rows.size() - 3) + " more" : "");
    }
}
