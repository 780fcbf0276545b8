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
        List<TableSnapshot> result = new ArrayList<>();
        try {
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                         + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY 1")) {
                    result.add(new TableSnapshot(table.toLowerCase(java.util.Locale.ROOT), ResultTable.read(rs)));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return List.copyOf(result);
    }
}
