// Evaluates a plan's checks on a separate connection after the run and words the verdict.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interleave.scenario.Check;
import org.interleave.scenario.NamedParameters;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.RunPlan;

final class CheckRunner {
    private final RunPlan plan;
    private final EngineInfo engine;
    private final Connection connection;

    private final RunLimits limits;

    CheckRunner(RunPlan plan, EngineInfo engine, RunLimits limits, Connection connection) {
        this.plan = plan;
        this.engine = engine;
        this.limits = limits;
        this.connection = connection;
    }

    Verdict judge(Map<String, Object> captured, Map<String, LaneState> lanes, List<RunEvent> events) {
        List<CheckResult> results = new ArrayList<>();
        Map<String, Object> values = new java.util.HashMap<>(captured);
        lanes.forEach((lane, state) -> values.put(lane + Check.COMMITTED_SUFFIX, state == LaneState.COMMITTED ? 1 : 0));
        evaluateReadOnly(values, results);
        boolean broken = results.stream().anyMatch(r -> !r.holds());
        List<RunEvent> failures = events.stream().filter(e -> e.status() == StepStatus.FAILED).toList();
        Map<String, RunEvent> stopped = pricePaid(events, lanes);
        Outcome outcome = broken ? Outcome.ANOMALY : stopped.isEmpty() ? Outcome.SAFE : Outcome.ABORTED;
        String phenomenon = plan.scenario().phenomenon().isBlank() ? "anomaly" : plan.scenario().phenomenon();
        String summary;
        RunEvent mistake = failures.stream().filter(e -> e.error() != null && e.error().kind().scenarioMistake()).findFirst().orElse(null);
        if (mistake != null) {
            summary = "the scenario has an error, not a transaction: " + mistake.lane() + "'s step " + mistake.stepId() + " failed ("
                    + mistake.error().shortMessage() + "); fix the scenario file";
        } else if (broken) {
            CheckResult first = results.stream().filter(r -> !r.holds()).findFirst().orElseThrow();
            summary = first.name() + " is " + first.actual() + ", expected " + first.expected() + ": " + phenomenon;
        } else if (!stopped.isEmpty()) {
            summary = "no " + phenomenon + ", but " + stopped.values().stream()
                    .map(e -> e.lane() + " was rolled back (" + e.error().kind().words() + ")").collect(Collectors.joining(", "));
        } else {
            summary = results.isEmpty() ? "all lanes finished" : results.stream().map(r -> r.name() + " is " + r.actual())
                    .collect(Collectors.joining(", ")) + ", as expected: no " + phenomenon;
        }
        return new Verdict(outcome, List.copyOf(results), Map.copyOf(lanes), summary, plan.caveat(), plan.expect().get(engine.id()),
                engine, mistake != null);
    }

    /**
     * The price of safety: each lane an error kept from committing, told by its first such error. An error counts
     * when the transaction it happened in did not commit: the lane was rolled back for it, or went on (on_error:
     * continue) and its transaction then ended in a rollback or was left open. A lane that went on and committed paid none.
     */
    private static Map<String, RunEvent> pricePaid(List<RunEvent> events, Map<String, LaneState> lanes) {
        Map<String, RunEvent> stopped = new java.util.LinkedHashMap<>();
        Map<String, RunEvent> pending = new java.util.HashMap<>();
        for (RunEvent e : events) {
            if (e.status() == StepStatus.FAILED) pending.putIfAbsent(e.lane(), e);
            else if (e.committed()) pending.remove(e.lane());
            else if (e.rolledBack() || e.status() == StepStatus.COMPLETED && e.kind() == org.interleave.scenario.StepKind.BEGIN) {
                RunEvent failed = pending.remove(e.lane());
                if (failed != null) stopped.putIfAbsent(e.lane(), failed);
            }
        }
        pending.forEach((lane, failed) -> {
            if (lanes.get(lane) != LaneState.COMMITTED) stopped.putIfAbsent(lane, failed);
        });
        return stopped;
    }

    /**
     * The checks run in one read-only transaction that is rolled back: a check can never change the data it judges,
     * on an engine that honours READ ONLY or not.
     */
    private void evaluateReadOnly(Map<String, Object> values, List<CheckResult> results) {
        boolean began = false;
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            began = true;
        } catch (SQLException e) {
            results.add(new CheckResult("checks", "", "", "error: cannot start a read-only transaction: " + e.getMessage(), false));
            return;
        }
        try {
            for (Check check : plan.checks()) results.add(evaluate(check, values));
        } finally {
            if (began) {
                try {
                    connection.rollback();
                    connection.setReadOnly(false);
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is gone; the run is ending anyway
                }
            }
        }
    }

    private CheckResult evaluate(Check check, Map<String, Object> values) {
        String sql = check.sql().forEngine(engine.id()).orElse(null);
        if (sql == null) return new CheckResult(check.name(), check.explain(), check.expect(), "(no SQL for " + engine.id().key() + ")", false);
        try {
            String expected = check.expectsExpression() ? queryOne(check.expectQuery(), values) : check.expect();
            String actual = queryOne(sql, values);
            return new CheckResult(check.name(), check.explain(), expected, actual, ValueText.matches(actual, expected));
        } catch (SQLException e) {
            String first = e.getMessage() == null ? e.getSQLState() : e.getMessage().lines().findFirst().orElse("");
            return new CheckResult(check.name(), check.explain(), check.expect(), "error: " + first, false);
        }
    }

    private String queryOne(String sql, Map<String, Object> values) throws SQLException {
        NamedParameters params = NamedParameters.parse(sql);
        try (PreparedStatement ps = connection.prepareStatement(params.jdbcSql())) {
            ps.setMaxRows(1);
            ps.setQueryTimeout(limits.statementSeconds());
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, CapturedList.bindable(values.get(params.names().get(i))));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ValueText.read(rs, 1, rs.getMetaData().getColumnType(1)) : "no row";
            }
        }
    }
}
