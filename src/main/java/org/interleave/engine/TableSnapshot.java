// The committed rows of one table of the scenario, read by a session outside the lanes.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

public record TableSnapshot(String table, ResultTable contents) {
    static List<TableSnapshot> readAll(Connection connection) {
        return readAll(connection, false);
    }

    /**
     * Reads every table of the scenario's schema; with {@code withoutIdentity} the generated identity columns are
     * left out (their values depend only on the order of inserts, not on what the data says).
     */
    static List<TableSnapshot> readAll(Connection connection, boolean withoutIdentity) {
        List<TableSnapshot> result = new ArrayList<>();
        try {
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                         + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                String columns = withoutIdentity ? nonIdentityColumns(connection, table) : "*";
                if (columns.isEmpty()) continue;
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + quote(table) + " ORDER BY " + orderAll(columns))) {
                    result.add(new TableSnapshot(table.toLowerCase(java.util.Locale.ROOT), ResultTable.read(rs)));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return List.copyOf(result);
    }

    private static String nonIdentityColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (java.sql.PreparedStatement ps = connection.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ? AND IS_IDENTITY = 'NO' ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(quote(rs.getString(1)));
            }
        }
        return String.join(", ", columns);
    }

    private static String orderAll(String columns) {
        if (columns.equals("*")) return "1";
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= columns.split(", ").length; i++) positions.add(Integer.toString(i));
        return String.join(", ", positions);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
