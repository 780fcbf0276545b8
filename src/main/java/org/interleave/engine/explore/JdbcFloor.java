// The floor for the benchmark: a plan's statements run straight over JDBC in one thread on a fresh database of the engine.
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
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.ValueText;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Guards;
import org.interleave.scenario.Lane;
import org.interleave.scenario.NamedParameters;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;

public final class JdbcFloor {
    private JdbcFloor() {}

    /**
     * Takes a fresh database from the engine, runs the setup and then the lanes one after another (a serial schedule
     * never waits, so one thread can do it), each lane on its own connection; returns the nanoseconds taken.
     */
    public static long serialNanos(DatabaseEngine engine, RunPlan plan, List<String> serialSchedule) throws SQLException {
        long start = System.nanoTime();
        EngineId id = engine.info().id();
        try (RunDatabase database = engine.create()) {
            Connection setup = database.connectAsScenarioUser();
            try (Statement s = setup.createStatement()) {
                for (EngineSql sql : plan.setup()) s.execute(sql.forEngine(id).orElseThrow());
            } finally {
                database.release(setup);
            }
            Map<String, Connection> connections = new LinkedHashMap<>();
            Map<String, Map<String, Object>> variables = new HashMap<>();
            Map<String, Integer> next = new HashMap<>();
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
                    execute(connections.get(laneId), lane.steps().get(index), id, variables.get(laneId));
                }
            } finally {
                // handed back, as the engine's runs do: an engine may keep them for the next database
                for (Connection c : connections.values()) database.release(c);
            }
        }
        return System.nanoTime() - start;
    }

    private static boolean guardHolds(Connection c, String guard, Map<String, Object> vars) throws SQLException {
        NamedParameters params = NamedParameters.parse(Guards.query(guard));
        try (PreparedStatement ps = c.prepareStatement(params.jdbcSql())) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, vars.get(params.names().get(i)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void execute(Connection c, Step step, EngineId engine, Map<String, Object> vars) throws SQLException {
        if (step.kind() == StepKind.COMMIT) {
            if (!c.getAutoCommit()) c.commit();
            return;
        }
        if (step.kind() == StepKind.ROLLBACK) {
            if (!c.getAutoCommit()) c.rollback();
            return;
        }
        if (step.guard() != null && !guardHolds(c, step.guard(), vars)) return;
        NamedParameters params = NamedParameters.parse(step.sql().forEngine(engine).orElseThrow());
        try (PreparedStatement ps = c.prepareStatement(params.jdbcSql())) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, vars.get(params.names().get(i)));
            if (ps.execute() && !step.capture().isEmpty()) {
                try (ResultSet rs = ps.getResultSet()) {
                    if (rs.next()) {
                        for (Map.Entry<String, String> cap : step.capture().entrySet()) {
                            int col = rs.findColumn(cap.getValue());
                            vars.put(cap.getKey(), new java.math.BigDecimal(ValueText.read(rs, col, rs.getMetaData().getColumnType(col))));
                        }
                    }
                }
            }
        } catch (SQLException | NumberFormatException e) {
            if (!c.getAutoCommit()) c.rollback();
        }
    }
}
