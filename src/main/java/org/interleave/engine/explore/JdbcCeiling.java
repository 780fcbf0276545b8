// The benchmark's ceiling: a serial order's statements, checks and final snapshot run straight over JDBC on a clean database of the engine.
package org.interleave.engine.explore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.CapturedList;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.TableSnapshot;
import org.interleave.engine.ValueText;
import org.interleave.scenario.Capture;
import org.interleave.scenario.Check;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Guards;
import org.interleave.scenario.Lane;
import org.interleave.scenario.NamedParameters;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;

public final class JdbcCeiling {
    private JdbcCeiling() {}

    /**
     * Takes a clean database from the engine (as a run does), runs the setup, then the lanes one after another (a
     * serial order never waits, so one thread can do it), each lane on its own connection; then every check's query
     * and a read of every table, as an explored order ends. Returns the nanoseconds taken. {@code tables} holds the
     * tables' shapes once read: the engine, too, reads the catalog once per plan where no lane changes a table's shape.
     */
    public static long serialOrderNanos(DatabaseEngine engine, RunPlan plan, List<String> serialSchedule,
            java.util.concurrent.atomic.AtomicReference<List<org.interleave.engine.TableShape>> tables) throws SQLException {
        long start = System.nanoTime();
        EngineId id = engine.info().id();
        try (RunDatabase database = engine.create()) {
            Connection observer = database.connectAsScenarioUser();
            try {
                try (Statement s = observer.createStatement()) {
                    for (EngineSql sql : plan.setup()) s.execute(sql.forEngine(id).orElseThrow());
                }
                Map<String, Object> values = runLanes(database, plan, serialSchedule, id);
                for (Check check : plan.checks()) {
                    queryOne(observer, check.sql().forEngine(id).orElseThrow(), values);
                    if (check.expectsExpression()) queryOne(observer, check.expectQuery(), values);
                }
                List<org.interleave.engine.TableShape> shapes = tables.get();
                if (shapes == null) {
                    shapes = database.tables(observer, true);
                    if (OrderRunner.shapesStayAsSetUp(plan)) tables.set(shapes);
                }
                TableSnapshot.readAll(shapes, database, observer, TableSnapshot.MAX_COMPARED_ROWS, engine.limits());
            } finally {
                database.release(observer);
            }
        }
        return System.nanoTime() - start;
    }

    /** A check's query with the captured values bound, read to its end. */
    private static void queryOne(Connection c, String sql, Map<String, Object> values) throws SQLException {
        NamedParameters params = NamedParameters.parse(sql);
        try (PreparedStatement ps = c.prepareStatement(params.jdbcSql())) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, CapturedList.bindable(values.get(params.names().get(i))));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rs.getObject(1);
            }
        }
    }

    /** Runs the lanes; returns what the checks may use: every captured value, and LANE_committed (1 or 0). */
    private static Map<String, Object> runLanes(RunDatabase database, RunPlan plan, List<String> serialSchedule, EngineId id)
            throws SQLException {
        Map<String, Connection> connections = new LinkedHashMap<>();
        Map<String, Map<String, Object>> variables = new HashMap<>();
        Map<String, Integer> next = new HashMap<>();
        java.util.Set<String> aborted = new java.util.HashSet<>();
        try {
            for (Lane lane : plan.lanes()) {
                Connection c = database.connectAsScenarioUser();
                database.isolate(c, lane.isolation());
                c.setAutoCommit(!lane.transactional());
                connections.put(lane.id(), c);
                variables.put(lane.id(), new HashMap<>());
            }
            for (String laneId : serialSchedule) {
                Lane lane = plan.lane(laneId).orElseThrow();
                int index = next.merge(laneId, 1, Integer::sum) - 1;
                if (!execute(connections.get(laneId), lane.steps().get(index), id, variables.get(laneId))) aborted.add(laneId);
            }
            Map<String, Object> values = new HashMap<>();
            for (Lane lane : plan.lanes()) {
                values.putAll(variables.get(lane.id()));
                values.put(lane.id() + Check.COMMITTED_SUFFIX, aborted.contains(lane.id()) ? 0 : 1);
            }
            return values;
        } finally {
            // handed back, as the engine's runs do: an engine may keep them for the next database
            for (Connection c : connections.values()) database.release(c);
        }
    }

    private static boolean guardHolds(Connection c, String guard, Map<String, Object> vars) throws SQLException {
        NamedParameters params = NamedParameters.parse(Guards.query(guard));
        try (PreparedStatement ps = c.prepareStatement(params.jdbcSql())) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, CapturedList.bindable(vars.get(params.names().get(i))));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** The first row's captured columns, every row's (a list), or the number of rows, as the engine keeps them. */
    private static void captureRows(ResultSet rs, Step step, Map<String, Object> vars) throws SQLException {
        Map<String, java.util.List<Object>> all = new java.util.LinkedHashMap<>();
        int rows = 0;
        while (rs.next()) {
            rows++;
            for (Map.Entry<String, Capture> cap : step.capture().entrySet()) {
                Capture c = cap.getValue();
                if (!c.readsColumns() || c.kind() == Capture.Kind.FIRST_ROW && rows > 1) continue;
                int col = rs.findColumn(c.column());
                Object value = new java.math.BigDecimal(ValueText.read(rs, col, rs.getMetaData().getColumnType(col)));
                if (c.kind() == Capture.Kind.FIRST_ROW) vars.put(cap.getKey(), value);
                else all.computeIfAbsent(cap.getKey(), k -> new java.util.ArrayList<>()).add(value);
            }
            if (rows == 1 && step.capture().values().stream().allMatch(c -> c.kind() == Capture.Kind.FIRST_ROW)) break;
        }
        for (Map.Entry<String, Capture> cap : step.capture().entrySet()) {
            if (cap.getValue().kind() == Capture.Kind.ROW_COUNT) vars.put(cap.getKey(), java.math.BigDecimal.valueOf(rows));
            if (cap.getValue().kind() == Capture.Kind.ALL_ROWS) vars.put(cap.getKey(), new CapturedList(all.getOrDefault(cap.getKey(), java.util.List.of())));
        }
    }

    /** Runs one step; false when it failed and its transaction was rolled back. */
    private static boolean execute(Connection c, Step step, EngineId engine, Map<String, Object> vars) throws SQLException {
        if (step.kind() == StepKind.COMMIT) {
            if (!c.getAutoCommit()) c.commit();
            return true;
        }
        if (step.kind() == StepKind.ROLLBACK) {
            if (!c.getAutoCommit()) c.rollback();
            return false;
        }
        if (step.guard() != null && !guardHolds(c, step.guard(), vars)) return true;
        NamedParameters params = NamedParameters.parse(step.sql().forEngine(engine).orElseThrow());
        try (PreparedStatement ps = c.prepareStatement(params.jdbcSql())) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, CapturedList.bindable(vars.get(params.names().get(i))));
            boolean hasRows = ps.execute();
            if (!hasRows) {
                // the ceiling keeps counts of changed rows like the engine does; other captures are read from rows below
                for (Map.Entry<String, Capture> cap : step.capture().entrySet()) {
                    if (cap.getValue().kind() == Capture.Kind.CHANGED_COUNT) vars.put(cap.getKey(), java.math.BigDecimal.valueOf(ps.getUpdateCount()));
                }
            } else if (!step.capture().isEmpty()) {
                try (ResultSet rs = ps.getResultSet()) {
                    captureRows(rs, step, vars);
                }
            }
        } catch (SQLException | NumberFormatException e) {
            if (!c.getAutoCommit()) c.rollback();
            return false;
        }
        return true;
    }
}
