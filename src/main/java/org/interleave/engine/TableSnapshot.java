// The committed rows of one table of the scenario, read by a session outside the lanes.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

public record TableSnapshot(String table, ResultTable contents) {
    /** Rows read per table when runs are compared: enough for any scenario, bounded for a hostile one. */
    public static final int MAX_COMPARED_ROWS = 10_000;

    /**
     * Reads every table {@code database} names, each sorted by all of its columns so that two runs compare equal
     * when their data does; at most {@code maxRows} rows per table.
     */
    public static List<TableSnapshot> readAll(RunDatabase database, Connection connection, boolean withoutGenerated, int maxRows,
            RunLimits limits) throws SQLException {
        return readAll(database.tables(connection, withoutGenerated), database, connection, maxRows, limits);
    }

    /** As above, for tables whose shapes are known already. */
    public static List<TableSnapshot> readAll(List<TableShape> shapes, RunDatabase database, Connection connection, int maxRows,
            RunLimits limits) throws SQLException {
        List<TableSnapshot> result = new ArrayList<>();
        for (TableShape shape : shapes) {
            if (shape.columns().isEmpty()) continue;
            String columns = shape.columns().stream().map(database::quote).collect(Collectors.joining(", "));
            StringBuilder order = new StringBuilder();
            for (int i = 1; i <= shape.columns().size(); i++) order.append(i == 1 ? "" : ", ").append(i);
            String sql = "SELECT " + columns + " FROM " + database.quote(shape.name()) + " ORDER BY " + order;
            try (Statement s = connection.createStatement()) {
                s.setMaxRows(maxRows + 1);
                s.setQueryTimeout(limits.statementSeconds());
                try (ResultSet rs = s.executeQuery(sql)) {
                    result.add(new TableSnapshot(shape.name().toLowerCase(Locale.ROOT), ResultTable.read(rs, maxRows)));
                }
            }
        }
        return List.copyOf(result);
    }
}
