// Turns the YAML tree of a scenario file into a Scenario, collecting every shape problem with its position.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class ScenarioReader {
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "title", "story", "phenomenon", "source", "setup",
            "lanes", "schedule", "schedules", "checks", "expect", "caveat", "protections", "explore", "quiz");
    private static final Set<String> SOURCE_KEYS = Set.of("file", "case");
    private static final Set<String> LANE_KEYS = Set.of("id", "label", "isolation", "mode", "on_error", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "sql", "note", "capture", "guard", "crash", "expect");
    private static final Set<String> CHECK_KEYS = Set.of("name", "sql", "expect", "explain");
    private static final Set<String> PROTECTION_KEYS = Set.of("id", "title", "explain", "setup", "isolation", "mode",
            "steps", "checks", "schedule", "expect", "caveat");
    private static final Set<String> CHANGE_KEYS = Set.of("replace", "with", "remove", "add", "before", "after", "expect");

    private final String file;
    private final List<Problem> problems;
    private final StatementAllowlist allowlist;
    /** The lanes' ids, known once the lanes are read: schedule entries such as `T1.read` are split by them. */
    private List<String> laneIds = List.of();

    ScenarioReader(String file, List<Problem> problems, StatementAllowlist allowlist) {
        this.file = file;
        this.problems = problems;
        this.allowlist = allowlist;
    }

    Scenario read(YamlNode root) {
        YamlNode.Mapping top = MappingFields.asMapping(file, root, problems, "a scenario file");
        if (top == null) return null;
        MappingFields f = new MappingFields(file, top, problems, "the scenario", SCENARIO_KEYS);
        String id = f.requiredText("id", "a short name such as credits-lost-update");
        String title = f.requiredText("title", "what the scenario is called in the library");
        Source source = readSource(f);
        List<Lane> lanes = new ArrayList<>();
        for (YamlNode node : f.list("lanes")) {
            Lane lane = readLane(node, lanes.size() + 1);
            if (lane != null) lanes.add(lane);
        }
        if (!f.has("lanes")) problems.add(new Problem(file, f.pos(), "the scenario needs `lanes:`, a list of transactions with their steps"));
        laneIds = lanes.stream().map(Lane::id).toList();
        List<NamedSchedule> named = readSchedules(f.map("schedules"));
        List<ScheduleEntry> schedule = f.has("schedule") || named.isEmpty() ? readSchedule(f.list("schedule")) : named.get(0).entries();
        return new Scenario(id, title, nonNull(f.text("story")), nonNull(f.text("phenomenon")), source,
                readSqlList(f.list("setup"), "a setup statement"), List.copyOf(lanes), schedule, named,
                readChecks(f.list("checks")), readExpect(f.node("expect")), f.text("caveat"), readProtections(f.list("protections")), file,
                readExplore(f.map("explore"), lanes), readQuiz(f.list("quiz"), lanes));
    }

    private static final Set<String> QUIZ_KEYS = Set.of("step", "question", "choices", "answer", "explain", "protection");

    /**
     * `quiz: [{ step: T2.write, question: ..., choices: [...], answer: 2, explain: ..., protection: ID }]`, the answer
     * counted from 1; asked without protection unless `protection:` names the one it is asked under.
     */
    private List<QuizQuestion> readQuiz(List<YamlNode> items, List<Lane> lanes) {
        List<QuizQuestion> result = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Mapping m = MappingFields.asMapping(file, item, problems, "a quiz question");
            if (m == null) continue;
            MappingFields f = new MappingFields(file, m, problems, "a quiz question", QUIZ_KEYS);
            String stepText = f.requiredText("step", "the step it is asked before, such as T2.write");
            String question = f.requiredText("question", "what the class is asked");
            List<String> choices = new ArrayList<>();
            for (YamlNode c : f.list("choices")) {
                if (c instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) choices.add(s.text().strip());
                else problems.add(new Problem(file, c.pos(), "a choice is a line of text, not " + YamlNode.describe(c)));
            }
            if (choices.size() < 2) problems.add(new Problem(file, f.pos(), "a quiz question needs `choices:`, at least two"));
            String answerText = f.text("answer");
            int answer = -1;
            if (answerText == null || !answerText.strip().matches("[0-9]{1,2}")
                    || (answer = Integer.parseInt(answerText.strip()) - 1) < 0 || answer >= Math.max(choices.size(), 1)) {
                problems.add(new Problem(file, answerText == null ? f.pos() : f.posOf("answer"), "`answer:` is the number of the right"
                        + " choice, from 1 to " + choices.size() + (answerText == null ? "" : ", not `" + answerText + "`")));
                answer = 0;
            }
            if (stepText == null || question == null) continue;
            ScheduleEntry step = ScheduleEntry.parse(stepText, laneIds, f.posOf("step"));
            Lane lane = lanes.stream().filter(l -> l.id().equals(step.lane())).findFirst().orElse(null);
            if (lane == null || step.step() == null || lane.steps().stream().noneMatch(st -> st.id().equals(step.step()))) {
                problems.add(new Problem(file, f.posOf("step"), "the quiz question's step `" + stepText + "` is not a step of the scenario;"
                        + " write it as LANE.STEP, such as " + (lanes.isEmpty() || lanes.get(0).steps().isEmpty() ? "T1.read"
                        : lanes.get(0).id() + "." + lanes.get(0).steps().get(0).id())));
                continue;
            }
            String protection = f.text("protection") == null ? RunPlan.UNPROTECTED : f.text("protection").strip();
            result.add(new QuizQuestion(step, question, choices, answer, f.text("explain"), protection, f.pos()));
        }
        return List.copyOf(result);
    }

    /** `explore: { first: [s1.setup, s2.setup], last: [s1.teardown] }`: steps every explored order runs first and last. */
    private ExploreBounds readExplore(YamlNode.Mapping m, List<Lane> lanes) {
        if (m == null) return ExploreBounds.NONE;
        MappingFields f = new MappingFields(file, m, problems, "`explore`", Set.of("first", "last"));
        ExploreBounds bounds = new ExploreBounds(readSchedule(f.list("first")), readSchedule(f.list("last")), m.pos());
        bounds.pin(lanes, (at, why) -> problems.add(new Problem(file, at, why)));
        return bounds;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }

    private Source readSource(MappingFields f) {
        YamlNode.Mapping m = f.map("source");
        if (m == null) return new Source("", "");
        MappingFields sf = new MappingFields(file, m, problems, "`source`", SOURCE_KEYS);
        return new Source(nonNull(sf.text("file")), nonNull(sf.text("case")));
    }

    private Lane readLane(YamlNode node, int index) {
        YamlNode.Mapping m = MappingFields.asMapping(file, node, problems, "a lane");
        if (m == null) return null;
        MappingFields f = new MappingFields(file, m, problems, "a lane", LANE_KEYS);
        String id = f.requiredText("id", "a short name such as T1");
        if (id == null) id = "T" + index;
        String label = f.text("label");
        Isolation isolation = readIsolation(f.text("isolation"), f.posOf("isolation"), Isolation.READ_COMMITTED);
        boolean transactional = readMode(f.text("mode"), f.posOf("mode"), true);
        List<Step> steps = new ArrayList<>();
        for (YamlNode s : f.list("steps")) {
            Step step = readStep(s, "s" + (steps.size() + 1));
            if (step != null) steps.add(step);
        }
        if (steps.isEmpty()) problems.add(new Problem(file, f.posOf("steps"), "lane " + id + " needs `steps:`, a list of SQL statements"));
        String onErrorText = f.text("on_error");
        OnError onError = onErrorText == null ? OnError.ROLLBACK : OnError.parse(onErrorText.strip()).orElseGet(() -> {
            problems.add(new Problem(file, f.posOf("on_error"), "`on_error` should be `rollback` (the application rolls back, the default)"
                    + " or `continue` (the lane goes on issuing its statements), not `" + onErrorText + "`"
                    + Spelling.didYouMean(onErrorText.strip(), List.of("rollback", "continue"))));
            return OnError.ROLLBACK;
        });
        return new Lane(id, label == null || label.isBlank() ? id : label.strip(), isolation, transactional, List.copyOf(steps), m.pos(), onError);
    }

    Isolation readIsolation(String text, Pos pos, Isolation fallback) {
        if (text == null) return fallback;
        return Isolation.parse(text).orElseGet(() -> {
            problems.add(new Problem(file, pos, "unknown isolation level `" + text + "`"
                    + Spelling.didYouMean(text, java.util.Arrays.stream(Isolation.values()).map(Isolation::sqlName).toList())
                    + "; use one of " + Isolation.choices()));
            return fallback;
        });
    }

    private boolean readMode(String text, Pos pos, boolean fallback) {
        if (text == null) return fallback;
        if (text.equalsIgnoreCase("transaction")) return true;
        if (text.equalsIgnoreCase("autocommit")) return false;
        String guess = Spelling.didYouMean(text, java.util.List.of("transaction", "autocommit"));
        problems.add(new Problem(file, pos, "`mode` should be `transaction` or `autocommit`, not `" + text + "`" + guess));
        // read on as the guess, so that one slip is one message (not also "its last step is not COMMIT")
        return guess.contains("autocommit") ? false : guess.contains("transaction") ? true : fallback;
    }

    private Step readStep(YamlNode node, String defaultId) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            EngineSql sql = EngineSql.of(s.text().strip(), s.pos());
            return new Step(defaultId, sql, kindOf(sql), null, Map.of(), null, false, s.pos());
        }
        YamlNode.Mapping m = MappingFields.asMapping(file, node, problems, "a step");
        if (m == null) return null;
        MappingFields f = new MappingFields(file, m, problems, "a step", STEP_KEYS);
        String id = f.text("id");
        EngineSql sql = readSql(f.node("sql"), f.pos(), "a step");
        Map<String, Capture> capture = new LinkedHashMap<>();
        YamlNode.Mapping cap = f.map("capture");
        if (cap != null) {
            for (YamlNode.Entry e : cap.entries().values()) {
                Capture c = readCapture(e);
                if (c != null) capture.put(e.key().name(), c);
            }
        }
        String guard = f.text("guard");
        String note = null;
        Map<String, String> notesWhen = new LinkedHashMap<>();
        if (f.node("note") instanceof YamlNode.Mapping notes) {
            // note: { waits: "...", fails: "...", completes: "...", always: "..." }: narration tied to what the step does
            java.util.Set<String> known = new java.util.HashSet<>(Step.NOTE_OUTCOMES);
            known.add("always");
            MappingFields nf = new MappingFields(file, notes, problems, "a step's `note` (waits, fails, completes or always)", known);
            note = nf.text("always");
            for (String outcome : Step.NOTE_OUTCOMES) {
                String text = nf.text(outcome);
                if (text != null && !text.isBlank()) notesWhen.put(outcome, text.strip());
            }
        } else {
            note = f.text("note");
        }
        return new Step(id == null ? defaultId : id.strip(), sql, kindOf(sql), note, java.util.Collections.unmodifiableMap(capture),
                guard == null ? null : guard.strip(), f.flag("crash", false), m.pos(), Map.copyOf(notesWhen),
                new StepExpectReader(file, problems).read(f.node("expect")));
    }

    /** `name: column`, `name: { all: column }`, `name: { count: rows }` or `name: { count: changed }`. */
    private Capture readCapture(YamlNode.Entry e) {
        String name = e.key().name();
        String forms = "`" + name + ": balance` (the first row's column), `" + name + ": { all: balance }` (every row's), `" + name
                + ": { count: rows }` (rows returned) or `" + name + ": { count: changed }` (rows changed)";
        if (e.value() instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) return Capture.firstRow(s.text().strip());
        if (e.value() instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            YamlNode.Entry only = m.entries().values().iterator().next();
            String value = only.value() instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip() : null;
            if (only.key().name().equals("all") && value != null && !value.isBlank()) return new Capture(Capture.Kind.ALL_ROWS, value);
            if (only.key().name().equals("count") && "rows".equals(value)) return new Capture(Capture.Kind.ROW_COUNT, null);
            if (only.key().name().equals("count") && "changed".equals(value)) return new Capture(Capture.Kind.CHANGED_COUNT, null);
            String key = only.key().name();
            problems.add(new Problem(file, key.equals("all") || key.equals("count") ? only.value().pos() : only.key().pos(),
                    "capture `" + name + "` should be " + forms + Spelling.didYouMean(key.equals("count") && value != null ? value : key,
                            key.equals("count") ? List.of("rows", "changed") : List.of("all", "count"))));
            return null;
        }
        problems.add(new Problem(file, e.value().pos(), "capture `" + name + "` needs what to keep: " + forms));
        return null;
    }

    /** The kind of the first text that parses; the validator reports texts that are refused or of another kind. */
    private StepKind kindOf(EngineSql sql) {
        for (Map.Entry<EngineId, String> e : sql.runnableTexts().entrySet()) {
            var kind = allowlist.kindOf(e.getValue(), e.getKey());
            if (kind.isPresent()) return kind.get();
        }
        return null;
    }

    /** Reads `sql:` given as one text, or as a mapping from engine name to text. */
    EngineSql readSql(YamlNode node, Pos ownerPos, String what) {
        if (node == null) {
            problems.add(new Problem(file, ownerPos, what + " needs `sql:` with one SQL statement"));
            return EngineSql.of("", ownerPos);
        }
        if (node instanceof YamlNode.Scalar s) {
            if (s.text() == null || s.text().isBlank()) {
                problems.add(new Problem(file, s.pos(), what + " has an empty `sql:`; write one SQL statement"));
                return EngineSql.of("", s.pos());
            }
            return EngineSql.of(s.text().strip(), s.pos());
        }
        YamlNode.Mapping m = MappingFields.asMapping(file, node, problems, "`sql`");
        if (m == null) return EngineSql.of("", node.pos());
        Map<EngineId, String> specific = new LinkedHashMap<>();
        String common = null;
        for (YamlNode.Entry e : m.entries().values()) {
            String key = e.key().name();
            Optional<EngineId> engine = EngineId.parse(key);
            if (engine.isEmpty() && !key.equals("default")) {
                problems.add(new Problem(file, e.key().pos(), "unknown engine `" + key + "` in `sql`; use " + EngineId.keys() + " or default"));
                continue;
            }
            String text = e.value() instanceof YamlNode.Scalar s ? s.text() : null;
            if (text == null || text.isBlank()) {
                problems.add(new Problem(file, e.value().pos(), "`sql` for " + key + " should be one SQL statement"));
                continue;
            }
            if (engine.isPresent()) specific.put(engine.get(), text.strip());
            else common = text.strip();
        }
        if (specific.isEmpty() && common == null) return EngineSql.of("", m.pos());
        return new EngineSql(common, specific, m.pos());
    }

    List<EngineSql> readSqlList(List<YamlNode> items, String what) {
        List<EngineSql> result = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode sqlNode = item;
            if (item instanceof YamlNode.Mapping m && m.entries().containsKey("sql")) {
                new MappingFields(file, m, problems, what, Set.of("sql"));
                sqlNode = m.get("sql");
            }
            result.add(readSql(sqlNode, item.pos(), what));
        }
        return List.copyOf(result);
    }

    private List<ScheduleEntry> readSchedule(List<YamlNode> items) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.text() != null) {
                entries.add(ScheduleEntry.parse(s.text(), laneIds, s.pos()));
            } else {
                problems.add(new Problem(file, item.pos(), "a schedule entry is a lane id such as T1, or a step such as T1.read, not "
                        + YamlNode.describe(item)));
            }
        }
        return List.copyOf(entries);
    }

    /** `schedules: { story: [T1, T2, ...], t2-first: [T2.read, T1.read, ...] }`: each one a person can pick by its name. */
    private List<NamedSchedule> readSchedules(YamlNode.Mapping m) {
        if (m == null) return List.of();
        List<NamedSchedule> result = new ArrayList<>();
        for (YamlNode.Entry e : m.entries().values()) {
            String name = e.key().name();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                problems.add(new Problem(file, e.key().pos(), "schedule name `" + name + "` should use only letters, digits, '-', '_' and '.'"));
            }
            if (!(e.value() instanceof YamlNode.Sequence seq)) {
                problems.add(new Problem(file, e.value().pos(), "schedule `" + name + "` should be a list such as [T1, T2, T1] or"
                        + " [T1.read, T2.read, T1.write], not " + YamlNode.describe(e.value())));
                continue;
            }
            if (seq.items().isEmpty()) problems.add(new Problem(file, seq.pos(), "schedule `" + name + "` is empty; list the lanes or steps in their order"));
            result.add(new NamedSchedule(name, readSchedule(seq.items()), e.key().pos()));
        }
        return List.copyOf(result);
    }

    private List<Check> readChecks(List<YamlNode> items) {
        List<Check> checks = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Mapping m = MappingFields.asMapping(file, item, problems, "a check");
            if (m == null) continue;
            MappingFields f = new MappingFields(file, m, problems, "a check", CHECK_KEYS);
            String name = f.requiredText("name", "the quantity in business words, e.g. shop balance");
            EngineSql sql = readSql(f.node("sql"), m.pos(), "a check");
            String expect = f.requiredText("expect", "the value the query should return");
            String explain = f.text("explain");
            checks.add(new Check(nonNull(name), sql, expect == null ? "" : expect.strip(),
                    explain == null ? nonNull(name) + " should be " + expect : explain.strip(), m.pos()));
        }
        return List.copyOf(checks);
    }

    private Map<EngineId, Outcome> readExpect(YamlNode node) {
        Map<EngineId, Outcome> result = new EnumMap<>(EngineId.class);
        if (node == null) return Map.of();
        YamlNode.Mapping m = MappingFields.asMapping(file, node, problems, "`expect`");
        if (m == null) return Map.of();
        for (YamlNode.Entry e : m.entries().values()) {
            Optional<EngineId> engine = EngineId.parse(e.key().name());
            if (engine.isEmpty()) {
                problems.add(new Problem(file, e.key().pos(), "unknown engine `" + e.key().name() + "` in `expect`; use " + EngineId.keys()));
                continue;
            }
            String word = e.value() instanceof YamlNode.Scalar s ? s.text() : null;
            Outcome.parse(word).ifPresentOrElse(o -> result.put(engine.get(), o), () -> problems.add(new Problem(file,
                    e.value().pos(), "unknown outcome `" + word + "`; use one of " + Outcome.choices())));
        }
        return Map.copyOf(result);
    }

    private List<Protection> readProtections(List<YamlNode> items) {
        List<Protection> result = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Mapping m = MappingFields.asMapping(file, item, problems, "a protection");
            if (m == null) continue;
            MappingFields f = new MappingFields(file, m, problems, "a protection", PROTECTION_KEYS);
            String id = f.requiredText("id", "a short name such as ledger");
            String title = f.requiredText("title", "the toggle's name, e.g. Ledger (insert-only)");
            Map<String, Isolation> isolation = new LinkedHashMap<>();
            YamlNode.Mapping iso = f.map("isolation");
            if (iso != null) {
                for (YamlNode.Entry e : iso.entries().values()) {
                    String text = e.value() instanceof YamlNode.Scalar s ? s.text() : null;
                    isolation.put(e.key().name(), readIsolation(text, e.value().pos(), Isolation.READ_COMMITTED));
                }
            }
            Map<String, Boolean> modes = new LinkedHashMap<>();
            YamlNode.Mapping mode = f.map("mode");
            if (mode != null) {
                for (YamlNode.Entry e : mode.entries().values()) {
                    String text = e.value() instanceof YamlNode.Scalar s ? s.text() : null;
                    modes.put(e.key().name(), readMode(text, e.value().pos(), true));
                }
            }
            Map<String, List<StepChange>> changes = new LinkedHashMap<>();
            YamlNode.Mapping steps = f.map("steps");
            if (steps != null) {
                for (YamlNode.Entry e : steps.entries().values()) {
                    changes.put(e.key().name(), readChanges(e.value()));
                }
            }
            result.add(new Protection(nonNull(id), nonNull(title), nonNull(f.text("explain")), readSqlList(f.list("setup"), "a setup statement"),
                    Map.copyOf(isolation), Map.copyOf(modes), Map.copyOf(changes), f.has("checks") ? readChecks(f.list("checks")) : null,
                    f.has("schedule") ? readSchedule(f.list("schedule")) : null, readExpect(f.node("expect")), f.text("caveat"), m.pos()));
        }
        return List.copyOf(result);
    }

    private List<StepChange> readChanges(YamlNode node) {
        List<StepChange> result = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(new Problem(file, node.pos(), "step changes of a lane should be a list of `replace:`, `remove:` or `add:` items"));
            return result;
        }
        for (YamlNode item : seq.items()) {
            YamlNode.Mapping m = MappingFields.asMapping(file, item, problems, "a step change");
            if (m == null) continue;
            MappingFields f = new MappingFields(file, m, problems, "a step change", CHANGE_KEYS);
            if (f.has("replace")) {
                Step with = f.has("with") ? readStep(f.node("with"), f.text("replace")) : null;
                if (with == null) {
                    problems.add(new Problem(file, m.pos(), "`replace: " + f.text("replace") + "` needs `with:`, the new step"));
                } else {
                    result.add(new StepChange.Replace(f.text("replace"), with, m.pos()));
                }
            } else if (f.has("remove")) {
                result.add(new StepChange.Remove(f.text("remove"), m.pos()));
            } else if (f.has("add")) {
                Step step = readStep(f.node("add"), "added" + (result.size() + 1));
                boolean before = f.has("before");
                String anchor = before ? f.text("before") : f.text("after");
                if (step != null) result.add(new StepChange.Add(step, anchor, before, m.pos()));
            } else if (f.has("expect")) {
                // - expect: credit
                //   with: completes        what a kept step does under this protection
                if (!f.has("with")) {
                    problems.add(new Problem(file, m.pos(), "`expect: " + f.text("expect") + "` needs `with:`, what the step does under this"
                            + " protection, e.g. `with: completes` or `with: { waits: T1 }` (`with: ~` for nothing)"));
                } else {
                    result.add(new StepChange.Expect(f.text("expect"), new StepExpectReader(file, problems).read(f.node("with")), m.pos()));
                }
            } else {
                problems.add(new Problem(file, m.pos(), "a step change needs `replace:`, `remove:`, `add:` or `expect:`"));
            }
        }
        return result;
    }
}
