// Checks a loaded scenario against its own schema on a scratch database: every statement names tables and columns that exist.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interleave.scenario.Check;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Guards;
import org.interleave.scenario.Lane;
import org.interleave.scenario.NamedParameters;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Pos;
import org.interleave.scenario.Problem;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;

/**
 * The setup runs for real; steps, guards and checks are prepared, not executed, so nothing of a lane's work
 * happens. A DDL step runs, so that the statements after it see what it made.
 */
public final class SchemaCheck {
    private final DatabaseEngine engine;

    public SchemaCheck(DatabaseEngine engine) {
        this.engine = engine;
    }

    /** The problems of the unprotected scenario and of each protection, each told once. */
    public List<Problem> problems(Scenario scenario) {
        Set<Problem> found = new LinkedHashSet<>();
        check(PlanBuilder.unprotected(scenario), found);
        for (Protection p : scenario.protections()) check(PlanBuilder.plan(scenario, p.id()), found);
        return List.copyOf(found);
    }

    private void check(RunPlan plan, Set<Problem> found) {
        String file = plan.scenario().file();
        String variant = plan.protection() == null ? "" : " (with protection " + plan.protectionId() + ")";
        try (RunDatabase database = engine.create()) {
            Connection c = database.connectAsScenarioUser();
            try {
                int n = 0;
                for (EngineSql sql : plan.setup()) {
                    n++;
                    String why = run(c, sql.forEngine(engine.info().id()).orElse(null));
                    if (why != null) {
                        found.add(new Problem(file, sql.pos(), "setup statement " + n + " fails on " + name() + ": " + why + variant));
                        return;
                    }
                }
                for (Lane lane : plan.lanes()) {
                    for (Step step : lane.steps()) {
                        String text = step.sql().forEngine(engine.info().id()).orElse(null);
                        // BEGIN is never sent as written (Interleave opens the transaction through JDBC), nor are COMMIT and ROLLBACK
                        if (text == null || step.kind().endsTransaction() || step.kind() == StepKind.BEGIN) continue;
                        String why = step.kind() == StepKind.DDL ? run(c, text) : step.kind() == StepKind.BLOCK ? prepareEach(c, text) : prepare(c, text);
                        if (why != null) {
                            found.add(new Problem(file, step.sql().pos(), "step `" + step.id() + "` of lane " + lane.id() + " does not run on "
                                    + name() + ": " + why + variant));
                        }
                        if (step.guard() != null) {
                            String guard = prepare(c, Guards.query(step.guard()));
                            if (guard != null) found.add(new Problem(file, step.pos(), "the guard of step `" + step.id() + "` does not run on "
                                    + name() + ": " + guard + variant));
                        }
                    }
                }
                for (Check check : plan.checks()) {
                    String text = check.sql().forEngine(engine.info().id()).orElse(null);
                    String why = text == null ? null : prepare(c, text);
                    if (why == null && check.expectsExpression()) why = prepare(c, check.expectQuery());
                    if (why != null) {
                        found.add(new Problem(file, check.pos(), "check `" + check.name() + "` does not run on " + name() + ": " + why + variant));
                    }
                }
            } finally {
                database.release(c);
            }
        } catch (SQLException e) {
            found.add(new Problem(file, Pos.UNKNOWN, "cannot check the statements on " + name() + ": " + engine.shortMessage(e)));
        }
    }

    private String name() {
        return engine.info().id().productName();
    }

    /** Runs a statement; the database's words when it fails, else null. */
    private String run(Connection c, String sql) {
        if (sql == null) return null;
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(engine.limits().statementSeconds());
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return engine.shortMessage(e);
        }
    }

    /** Prepares a statement and asks for its result's shape, which makes every engine resolve its names; null when fine. */
    /** Each statement of a block step, prepared alone: the first that does not fit the schema tells why. */
    private String prepareEach(Connection c, String block) {
        for (String sql : org.interleave.scenario.SqlStatements.texts(block)) {
            String why = prepare(c, sql);
            if (why != null) return why;
        }
        return null;
    }

    private String prepare(Connection c, String sql) {
        try (PreparedStatement ps = c.prepareStatement(NamedParameters.parse(sql).jdbcSql())) {
            ps.setQueryTimeout(engine.limits().statementSeconds());
            ps.getMetaData();
            return null;
        } catch (SQLException e) {
            return engine.isSchemaProblem(e) ? engine.shortMessage(e) : null;
        }
    }
}
