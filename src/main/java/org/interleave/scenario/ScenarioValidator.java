// Checks a read scenario and each of its protection variants for problems that would spoil a run.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class ScenarioValidator {
    /** Bounds on a file's size in scenario terms; the built-in scenarios stay far below them. */
    static final int MAX_LANES = 8;
    static final int MAX_STEPS_PER_LANE = 40;
    static final int MAX_PROTECTIONS = 20;
    static final int MAX_STATEMENTS = 100;
    static final int MAX_CHECKS = 20;
    /** Lane ids that name something else in diagrams and exports. */
    private static final Set<String> RESERVED_LANE_IDS = Set.of("DB", "DATABASE");
    private final String file;
    private final List<Problem> problems;
    private final StatementAllowlist allowlist;

    ScenarioValidator(String file, List<Problem> problems, StatementAllowlist allowlist) {
        this.file = file;
        this.problems = problems;
        this.allowlist = allowlist;
    }

    void validate(Scenario scenario) {
        checkIdentifier(scenario.id(), Pos.UNKNOWN, "scenario id");
        Set<String> laneIds = new HashSet<>();
        for (Lane lane : scenario.lanes()) {
            if (!laneIds.add(lane.id())) add(lane.pos(), "lane id `" + lane.id() + "` is used twice; give each lane its own id");
            if (RESERVED_LANE_IDS.contains(lane.id().toUpperCase(java.util.Locale.ROOT))) {
                add(lane.pos(), "lane id `" + lane.id() + "` is reserved for the database column; call the lane T1, T2, ...");
            }
            checkIdentifier(lane.id(), lane.pos(), "lane id");
        }
        limit(scenario.lanes().size(), MAX_LANES, Pos.UNKNOWN, "lanes");
        for (Lane lane : scenario.lanes()) limit(lane.steps().size(), MAX_STEPS_PER_LANE, lane.pos(), "steps in lane " + lane.id());
        limit(scenario.protections().size(), MAX_PROTECTIONS, Pos.UNKNOWN, "protections");
        limit(scenario.setup().size() + scenario.protections().stream().mapToInt(p -> p.setup().size()).sum(), MAX_STATEMENTS,
                Pos.UNKNOWN, "setup statements");
        limit(scenario.checks().size(), MAX_CHECKS, Pos.UNKNOWN, "checks");
        if (scenario.lanes().isEmpty()) {
            add(Pos.UNKNOWN, "the scenario has no lanes; `lanes:` needs at least one transaction with steps");
            return;
        }
        Set<String> protectionIds = new HashSet<>();
        validateVariant(scenario, PlanBuilder.unprotected(scenario));
        for (Protection protection : scenario.protections()) {
            checkIdentifier(protection.id(), protection.pos(), "protection id");
            if (protection.id().equals(RunPlan.UNPROTECTED)) add(protection.pos(), "`none` is reserved for the unprotected scenario; choose another protection id");
            if (!protectionIds.add(protection.id())) add(protection.pos(), "protection id `" + protection.id() + "` is used twice");
            validateVariant(scenario, PlanBuilder.apply(scenario, protection, problems));
        }
        for (QuizQuestion q : scenario.quiz()) {
            if (!q.protection().equals(RunPlan.UNPROTECTED) && !protectionIds.contains(q.protection())) {
                add(q.pos(), "the quiz question is asked under protection `" + q.protection() + "`, which the scenario does not have"
                        + Spelling.didYouMean(q.protection(), List.copyOf(protectionIds)) + "; leave `protection:` out to ask it without one");
            }
        }
    }

    /** One variant in its default schedule and in each named one: a schedule naming steps is validated as the lanes it makes. */
    private void validateVariant(Scenario scenario, RunPlan base) {
        // without `schedule:`, the first named schedule is the default: its problems are told under its name, once
        NamedSchedule story = scenario.schedules().stream().filter(n -> n.entries() == base.schedule()).findFirst()
                .orElse(new NamedSchedule(null, base.schedule(), Pos.UNKNOWN));
        validateScheduled(base, story);
        for (NamedSchedule named : scenario.schedules()) {
            if (named != story) validateScheduled(base, named);
        }
    }

    private void validateScheduled(RunPlan base, NamedSchedule schedule) {
        if (!schedule.namesSteps()) {
            validatePlan(base, schedule);
            return;
        }
        try {
            validatePlan(ScheduleSteps.apply(base, schedule), schedule);
        } catch (ScheduleSteps.Misfit e) {
            add(e.pos, e.getMessage());
        }
    }

    private void limit(int count, int max, Pos pos, String what) {
        if (count > max) add(pos, "too many " + what + " (" + count + "); a scenario has at most " + max);
    }

    private void checkIdentifier(String id, Pos pos, String what) {
        if (id != null && !id.isBlank() && !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            add(pos, what + " `" + id + "` should use only letters, digits, '-', '_' and '.'");
        }
    }

    /** Validates one variant (the scenario alone, or with one protection applied) in one of its schedules. */
    private void validatePlan(RunPlan plan, NamedSchedule schedule) {
        String suffix = (plan.protection() == null ? "" : " (with protection " + plan.protectionId() + ")")
                + (schedule.name() == null ? "" : " in schedule `" + schedule.name() + "`");
        boolean asScheduled = schedule.namesSteps();
        for (EngineSql sql : plan.setup()) checkSql(sql, StatementAllowlist.Place.SETUP);
        Map<String, String> capturedBy = new HashMap<>();
        Map<String, Integer> stepCounts = new HashMap<>();
        for (Lane lane : plan.lanes()) {
            stepCounts.put(lane.id(), lane.steps().size());
            validateLane(plan, lane, capturedBy, suffix, asScheduled ? schedule.pos() : null);
        }
        Map<String, Integer> scheduled = new HashMap<>();
        for (ScheduleEntry entry : schedule.namesSteps() ? List.<ScheduleEntry>of() : schedule.entries()) {
            if (!stepCounts.containsKey(entry.lane())) {
                add(entry.pos(), "schedule names lane `" + entry.lane() + "`, which does not exist" + Spelling.didYouMean(entry.lane(), plan.laneIds())
                        + "; lanes are "
                        + String.join(", ", plan.laneIds()) + suffix);
                continue;
            }
            int n = scheduled.merge(entry.lane(), 1, Integer::sum);
            if (n == stepCounts.get(entry.lane()) + 1) {
                add(entry.pos(), "schedule gives lane " + entry.lane() + " step " + n + ", but it has only "
                        + stepCounts.get(entry.lane()) + " steps" + suffix + (schedule.name() != null ? "; remove this entry"
                                : "; remove this entry or give the protection its own `schedule:`"));
            }
        }
        for (Check check : plan.checks()) {
            checkSql(check.sql(), StatementAllowlist.Place.CHECK);
            List<String> used = new ArrayList<>(names(check.sql()));
            if (check.expectsExpression()) {
                checkSql(EngineSql.of(check.expectQuery(), check.pos()), StatementAllowlist.Place.CHECK, "`expect` of check `" + check.name() + "`");
                used.addAll(NamedParameters.parse(check.expectQuery()).names());
            }
            for (String name : used) {
                if (name.endsWith(Check.COMMITTED_SUFFIX) && plan.lane(name.substring(0, name.length() - Check.COMMITTED_SUFFIX.length())).isPresent()) {
                    continue;
                }
                if (!capturedBy.containsKey(name)) {
                    add(check.pos(), "check `" + check.name() + "` uses :" + name + ", which no lane captures (nor is it LANE_committed)" + suffix);
                } else if (capturedBy.get(name) == null) {
                    add(check.pos(), "check `" + check.name() + "` uses :" + name
                            + ", which several lanes capture; give the captures distinct names");
                }
            }
        }
    }

    /**
     * @param scheduledAt where the schedule stands whose named steps the lane holds, in its order (a step may then
     *                    come twice); null for a lane's steps as written
     */
    private void validateLane(RunPlan plan, Lane lane, Map<String, String> capturedBy, String suffix, Pos scheduledAt) {
        boolean asScheduled = scheduledAt != null;
        Set<String> stepIds = new HashSet<>();
        Set<String> known = new HashSet<>();
        boolean crashed = false;
        for (Step step : lane.steps()) {
            if (!stepIds.add(step.id()) && !asScheduled) add(step.pos(), "step id `" + step.id() + "` is used twice in lane " + lane.id() + suffix);
            checkExpectations(plan, lane, step);
            if (step.kind() == StepKind.BEGIN && lane.transactional()) {
                add(step.pos(), "step `" + step.id() + "` of lane " + lane.id() + " opens a transaction, but the lane already runs in one"
                        + " (mode: transaction, the default); write `mode: autocommit` on the lane to open its transactions with BEGIN");
            }
            checkSql(step.sql(), StatementAllowlist.Place.STEP);
            checkSameKind(step, lane);
            for (String name : names(step.sql())) {
                if (!known.contains(name)) {
                    add(step.sql().pos(), "step `" + step.id() + "` of lane " + lane.id() + " uses :" + name
                            + " before it is captured; capture it in an earlier step of this lane" + suffix);
                }
            }
            if (step.guard() != null) {
                String guardSql = Guards.query(step.guard());
                checkSql(EngineSql.of(guardSql, step.pos()), StatementAllowlist.Place.GUARD, "guard of step `" + step.id() + "`");
                for (String name : NamedParameters.parse(step.guard()).names()) {
                    if (!known.contains(name)) add(step.pos(), "guard of step `" + step.id() + "` uses :" + name + " before it is captured" + suffix);
                }
            }
            if (!step.capture().isEmpty() && step.kind() != null && step.kind().endsTransaction()) {
                add(step.pos(), "step `" + step.id() + "` captures values, but COMMIT/ROLLBACK return none");
            } else {
                checkCaptures(lane, step);
            }
            for (String name : step.capture().keySet()) {
                known.add(name);
                if (capturedBy.containsKey(name) && !lane.id().equals(capturedBy.get(name))) capturedBy.put(name, null);
                else capturedBy.put(name, lane.id());
            }
            crashed |= step.crash();
        }
        List<Step> steps = lane.steps();
        StepKind last = steps.isEmpty() ? null : steps.get(steps.size() - 1).kind();
        if (lane.transactional() && !crashed && last != null && !last.endsTransaction()) {
            add(asScheduled ? scheduledAt : lane.pos(), "lane " + lane.id() + " runs in a transaction but its last step is not COMMIT or ROLLBACK"
                    + suffix + (asScheduled ? "; end the schedule's steps of " + lane.id() + " with its COMMIT step" : "; add `- COMMIT` as its last step"));
        }
    }

    private static final java.util.regex.Pattern RETURNING = java.util.regex.Pattern.compile("\\bRETURNING\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Each capture fits what the step returns: a query its rows, a data change its count (or rows, with RETURNING). */
    private void checkCaptures(Lane lane, Step step) {
        if (step.kind() == null) return;
        String where = "step `" + step.id() + "` of lane " + lane.id();
        boolean returnsRows = step.kind() == StepKind.QUERY || step.kind() == StepKind.DML
                && !step.sql().runnableTexts().isEmpty() && step.sql().runnableTexts().values().stream().allMatch(t -> RETURNING.matcher(t).find());
        for (Map.Entry<String, Capture> c : step.capture().entrySet()) {
            Capture.Kind kind = c.getValue().kind();
            if (step.kind() == StepKind.DDL) {
                add(step.pos(), where + " changes the schema and returns nothing to capture as :" + c.getKey());
            } else if (step.kind() == StepKind.BLOCK) {
                add(step.pos(), where + " sends several statements together and keeps nothing as :" + c.getKey()
                        + "; capture from a step that sends one statement");
            } else if (kind == Capture.Kind.CHANGED_COUNT && step.kind() != StepKind.DML) {
                add(step.pos(), where + " is a query, which changes no rows; capture `" + c.getKey() + ": { count: rows }` for the rows it returns");
            } else if (kind != Capture.Kind.CHANGED_COUNT && !returnsRows) {
                add(step.pos(), where + " changes data and returns no rows to capture as :" + c.getKey() + "; capture `" + c.getKey()
                        + ": { count: changed }` for how many rows it changed, or add RETURNING to every engine's text");
            }
        }
    }

    /** A step expected to wait names lanes that exist, other than its own. */
    private void checkExpectations(RunPlan plan, Lane lane, Step step) {
        for (StepExpectation expected : new java.util.LinkedHashSet<>(step.expect().values())) {
            for (String holder : expected.waitsFor()) {
                if (holder.equals(lane.id())) {
                    add(expected.pos(), "step `" + step.id() + "` of lane " + lane.id() + " is expected to wait for its own lane; name the lane"
                            + " holding the lock, one of " + String.join(", ", plan.laneIds().stream().filter(id -> !id.equals(lane.id())).toList()));
                } else if (plan.lane(holder).isEmpty()) {
                    add(expected.pos(), "step `" + step.id() + "` of lane " + lane.id() + " is expected to wait for `" + holder + "`, which is not a lane"
                            + Spelling.didYouMean(holder, plan.laneIds()) + "; lanes are " + String.join(", ", plan.laneIds()));
                }
            }
        }
    }

    /** Every text that can run is checked in the dialect, and against the deny-list, of the engine that runs it. */
    private void checkSql(EngineSql sql, StatementAllowlist.Place place) {
        checkSql(sql, place, "SQL refused");
    }

    private void checkSql(EngineSql sql, StatementAllowlist.Place place, String what) {
        Map<String, List<EngineId>> enginesByRefusal = new java.util.LinkedHashMap<>();
        for (Map.Entry<EngineId, String> e : sql.runnableTexts().entrySet()) {
            allowlist.refusal(e.getValue(), e.getKey(), place)
                    .ifPresent(why -> enginesByRefusal.computeIfAbsent(why, k -> new ArrayList<>()).add(e.getKey()));
        }
        enginesByRefusal.forEach((why, engines) -> add(sql.pos(), what + onEngines(engines, sql) + ": " + why
                + (engines.size() < sql.runnableTexts().size() && sql.common() != null && engines.stream().noneMatch(sql.specific()::containsKey)
                        ? " (one text serves every engine without its own; write `sql: { " + okEngine(sql, engines) + ": ..., "
                                + engines.get(0).key() + ": ... }` for " + String.join(", ", engines.stream().map(EngineId::key).toList()) + ")"
                        : "")));
    }

    /** The texts of one step, one per engine, must be the same kind of statement (a COMMIT everywhere, say). */
    private void checkSameKind(Step step, Lane lane) {
        for (Map.Entry<EngineId, String> e : step.sql().runnableTexts().entrySet()) {
            allowlist.kindOf(e.getValue(), e.getKey()).filter(k -> step.kind() != null && k != step.kind()).ifPresent(k -> add(step.sql().pos(),
                    "step `" + step.id() + "` of lane " + lane.id() + " is a " + k + " for " + e.getKey().key() + " but a " + step.kind()
                            + " for another engine; every engine's text of a step must be the same kind of statement"));
        }
    }

    /** The :names of every text that can run. */
    private static Set<String> names(EngineSql sql) {
        Set<String> names = new LinkedHashSet<>();
        for (String text : sql.runnableTexts().values()) names.addAll(NamedParameters.parse(text).names());
        return names;
    }

    private static String okEngine(EngineSql sql, List<EngineId> refused) {
        return sql.runnableTexts().keySet().stream().filter(e -> !refused.contains(e)).findFirst().map(EngineId::key).orElse("h2");
    }

    /** " for postgresql" when only some engines refuse a text; nothing when every engine that runs it does. */
    private static String onEngines(List<EngineId> engines, EngineSql sql) {
        if (engines.size() == sql.runnableTexts().size()) return "";
        return " for " + String.join(", ", engines.stream().map(EngineId::key).toList());
    }

    private void add(Pos pos, String message) {
        problems.add(new Problem(file, pos, message));
    }

    /** Variants share statements, so the same problem can be found more than once: keep the first. */
    static List<Problem> unique(List<Problem> all) {
        return new ArrayList<>(new LinkedHashSet<>(all));
    }
}
