// One table of a run as its engine's catalog describes it: its name and the columns to read.
package org.interleave.engine;

import java.util.List;

public record TableShape(String name, List<String> columns) {
    /**
     * Shapes from a catalog query whose rows are (table, column, generated), ordered by table and column position;
     * with {@code withoutGenerated} the generated columns are left out.
     */
    public static List<TableShape> fromCatalog(java.sql.Connection c, String catalogQuery, boolean withoutGenerated) throws java.sql.SQLException {
        java.util.Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(catalogQuery)) {
            while (rs.next()) {
                List<String> of = columns.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>());
                if (!withoutGenerated || !rs.getBoolean(3)) of.add(rs.getString(2));
            }
        }
        List<TableShape> shapes = new java.util.ArrayList<>();
        columns.forEach((table, cols) -> shapes.add(new TableShape(table, List.copyOf(cols))));
        return List.copyOf(shapes);
    }
}
