// The rows a query returned, as text, capped so a careless SELECT cannot flood the diagram.
package org.interleave.engine;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** @param booleanColumns the positions (from 0) of the columns the database typed as booleans: their text is true or false */
public record ResultTable(List<String> columns, List<List<String>> rows, boolean truncated, java.util.Set<Integer> booleanColumns) {
    public static final int MAX_ROWS = 50;

    public ResultTable(List<String> columns, List<List<String>> rows, boolean truncated) {
        this(columns, rows, truncated, java.util.Set.of());
    }

    static ResultTable read(ResultSet rs) throws SQLException {
        return read(rs, MAX_ROWS);
    }

    /** Reads at most {@code maxRows} rows; {@code truncated} tells whether more were there. */
    static ResultTable read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        int[] types = new int[meta.getColumnCount() + 1];
        java.util.Set<Integer> booleans = new java.util.TreeSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            types[i] = meta.getColumnType(i);
            if (types[i] == java.sql.Types.BOOLEAN || types[i] == java.sql.Types.BIT) booleans.add(i - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) row.add(ValueText.read(rs, i, types[i]));
            rows.add(List.copyOf(row));
        }
        return new ResultTable(List.copyOf(columns), List.copyOf(rows), truncated, java.util.Set.copyOf(booleans));
    }

    /** A one-line summary such as "balance = 1000" or "3 rows". */
    public String summary() {
        if (rows.isEmpty()) return "no rows";
        if (rows.size() == 1 && columns.size() <= 3) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) parts.add(columns.get(i) + " = " + rows.get(0).get(i));
            return String.join(", ", parts);
        }
        return rows.size() + (truncated ? "+" : "") + " rows";
    }
}
