// What one statement did to one row: its key, its values before (where known) and after (none once deleted).
package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * @param key    the row's primary key columns and values; empty when the table has none
 * @param before the row's values before the statement, as the lane saw them; null for a new row or when not known
 * @param after  the row's values after the statement; null when it deleted the row
 */
public record RowChange(Kind kind, Map<String, String> key, Map<String, String> before, Map<String, String> after) {
    /** WRITTEN: the row's earlier values are not known (an autocommit lane's change is committed before it can be read). */
    public enum Kind { UPDATED, INSERTED, DELETED, WRITTEN }

    /** "id 1: balance 1000 → 1100", "new row id 3: balance = 50", "deleted id 1 (balance = 1000)", "id 1 now: balance = 1100". */
    public String words() {
        String keyWords = keyWords();
        String at = keyWords.isEmpty() ? "" : keyWords + " ";
        switch (kind) {
            case DELETED:
                return "deleted " + at + "(" + values(before) + ")";
            case INSERTED:
                return "new row " + at + "(" + values(after) + ")";
            case WRITTEN:
                return at + "now: " + values(after);
            default:
                List<String> changed = new ArrayList<>();
                for (Map.Entry<String, String> a : after.entrySet()) {
                    if (key.containsKey(a.getKey())) continue;
                    String was = before.get(a.getKey());
                    if (!Objects.equals(was, a.getValue())) changed.add(a.getKey() + " " + was + " → " + a.getValue());
                }
                return at.strip() + ": " + (changed.isEmpty() ? "unchanged" : String.join(", ", changed));
        }
    }

    private String keyWords() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> k : key.entrySet()) parts.add(k.getKey() + " " + k.getValue());
        return String.join(", ", parts);
    }

    /** The row's values as "a = 1, b = 2", without its key (which the words name already). */
    private String values(Map<String, String> row) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> v : row.entrySet()) {
            if (!key.containsKey(v.getKey())) parts.add(v.getKey() + " = " + v.getValue());
        }
        return String.join(", ", parts);
    }
}
