// Reads a PostgreSQL isolationtester spec (setup, teardown, sessions with steps, permutations) as the tree of the
// scenario file it amounts to, every SQL text keeping its line and column in the spec, so that one reader and one
// validator serve both.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class SpecTree {
    /** A token of a spec: a word (keyword or name), a quoted name, an SQL block, or a parenthesised annotation. */
    private record Token(Kind kind, String text, int offset) {
        enum Kind { WORD, QUOTED, BLOCK, ANNOTATION }
    }

    /** A session of the spec: its name and where it stands, its setup statements, its steps and its teardown. */
    private record Session(String name, Pos pos, List<SqlStatements.Statement> setup, int setupOffset,
            Map<String, List<SqlStatements.Statement>> steps, Map<String, Integer> stepOffsets, Map<String, Pos> stepPos,
            List<SqlStatements.Statement> teardown, int teardownOffset) {}

    private final String file;
    private final String text;
    private final List<Problem> problems;
    private final StatementAllowlist allowlist;
    private final int[] lineStarts;

    private SpecTree(String file, String text, List<Problem> problems, StatementAllowlist allowlist) {
        this.file = file;
        this.text = text;
        this.problems = problems;
        this.allowlist = allowlist;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The scenario tree of a spec; null (with problems) when the spec cannot be read. */
    static YamlNode read(String file, String text, List<Problem> problems, StatementAllowlist allowlist) {
        return new SpecTree(file, text, problems, allowlist).tree();
    }

    /**
     * A spec's SQL is PostgreSQL's. It is given to H2 and MariaDB too where their own parse takes it as the same kind
     * of statement (a portable spec then runs everywhere); elsewhere the step has no SQL for them and is "not run"
     * there, rather than the whole spec being refused for syntax only PostgreSQL has (ON CONFLICT, SKIP LOCKED...).
     */
    private YamlNode sql(String statement, Pos at) {
        java.util.Optional<StepKind> pg = allowlist.kindOf(statement, EngineId.POSTGRESQL);
        if (pg.isEmpty()) return scalar(statement, at); // the validator tells why, at this place
        List<EngineId> others = java.util.Arrays.stream(EngineId.values()).filter(e -> e != EngineId.POSTGRESQL
                && allowlist.kindOf(statement, e).equals(pg)).toList();
        if (others.size() == EngineId.values().length - 1) return scalar(statement, at);
        Map<String, YamlNode.Entry> perEngine = new LinkedHashMap<>();
        put(perEngine, EngineId.POSTGRESQL.key(), scalar(statement, at));
        for (EngineId e : others) put(perEngine, e.key(), scalar(statement, at));
        return new YamlNode.Mapping(at, new LinkedHashMap<>(perEngine));
    }

    private Pos pos(int offset) {
        int line = java.util.Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        return new Pos(line + 1, offset - lineStarts[line] + 1);
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    problems.add(new Problem(file, pos(i), "this SQL block has no closing `}`"));
                    return null;
                }
                tokens.add(new Token(Token.Kind.BLOCK, text.substring(i + 1, end), i + 1));
                i = end + 1;
            } else if (c == '(') {
                int end = text.indexOf(')', i + 1);
                if (end < 0) {
                    problems.add(new Problem(file, pos(i), "this step annotation has no closing `)`"));
                    return null;
                }
                tokens.add(new Token(Token.Kind.ANNOTATION, text.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    problems.add(new Problem(file, pos(i), "this quoted name has no closing `\"`"));
                    return null;
                }
                tokens.add(new Token(Token.Kind.QUOTED, text.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
                tokens.add(new Token(Token.Kind.WORD, text.substring(start, i), start));
            } else {
                problems.add(new Problem(file, pos(i), "unexpected `" + c + "`; a spec holds setup { ... }, teardown { ... }, session NAME"
                        + " with step NAME { ... }, and permutation lines"));
                return null;
            }
        }
        return tokens;
    }

    private YamlNode tree() {
        List<Token> tokens = tokens();
        if (tokens == null) return null;
        List<SqlStatements.Statement> setup = new ArrayList<>();
        List<Integer> setupOffsets = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<List<Token>> permutations = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String word = t.kind() == Token.Kind.WORD ? t.text() : "";
            if (word.equals("setup") && next(tokens, i, Token.Kind.BLOCK)) {
                Token block = tokens.get(i + 1);
                for (SqlStatements.Statement s : SqlStatements.split(block.text())) {
                    setup.add(s);
                    setupOffsets.add(block.offset());
                }
                i += 2;
            } else if (word.equals("teardown") && next(tokens, i, Token.Kind.BLOCK)) {
                i += 2; // every run has a database of its own, dropped after it: a teardown has nothing to do
            } else if (word.equals("session") && i + 1 < tokens.size() && isName(tokens.get(i + 1))) {
                int[] at = {i + 2};
                Session s = session(tokens, tokens.get(i + 1), at);
                if (s == null) return null;
                sessions.add(s);
                i = at[0];
            } else if (word.equals("permutation")) {
                List<Token> steps = new ArrayList<>();
                steps.add(t);
                i++;
                while (i < tokens.size() && (tokens.get(i).kind() == Token.Kind.ANNOTATION || isName(tokens.get(i)) && !isKeyword(tokens.get(i)))) {
                    if (tokens.get(i).kind() != Token.Kind.ANNOTATION) steps.add(tokens.get(i)); // blockers: Interleave asks the database
                    i++;
                }
                permutations.add(steps);
            } else {
                problems.add(new Problem(file, pos(t.offset()), "expected setup { ... }, teardown { ... }, session NAME or permutation here,"
                        + " not `" + t.text().strip().lines().findFirst().orElse("") + "`"));
                return null;
            }
        }
        if (sessions.isEmpty()) {
            problems.add(new Problem(file, Pos.UNKNOWN, "the spec has no session; write `session s1` followed by its `step NAME { SQL }` lines"));
            return null;
        }
        return scenario(setup, setupOffsets, sessions, permutations);
    }

    private static boolean next(List<Token> tokens, int i, Token.Kind kind) {
        return i + 1 < tokens.size() && tokens.get(i + 1).kind() == kind;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED;
    }

    private static boolean isKeyword(Token t) {
        return t.kind() == Token.Kind.WORD && List.of("setup", "teardown", "session", "step", "permutation").contains(t.text());
    }

    /** Reads a session's setup, steps and teardown from {@code at[0]}; leaves {@code at[0]} after them. */
    private Session session(List<Token> tokens, Token name, int[] at) {
        List<SqlStatements.Statement> setup = List.of();
        List<SqlStatements.Statement> teardown = List.of();
        int setupOffset = 0;
        int teardownOffset = 0;
        Map<String, List<SqlStatements.Statement>> steps = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        Map<String, Pos> stepPos = new LinkedHashMap<>();
        int i = at[0];
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String word = t.kind() == Token.Kind.WORD ? t.text() : "";
            if (word.equals("setup") && next(tokens, i, Token.Kind.BLOCK)) {
                setup = SqlStatements.split(tokens.get(i + 1).text());
                setupOffset = tokens.get(i + 1).offset();
                i += 2;
            } else if (word.equals("teardown") && next(tokens, i, Token.Kind.BLOCK)) {
                teardown = SqlStatements.split(tokens.get(i + 1).text());
                teardownOffset = tokens.get(i + 1).offset();
                i += 2;
            } else if (word.equals("step") && i + 2 < tokens.size() && isName(tokens.get(i + 1)) && tokens.get(i + 2).kind() == Token.Kind.BLOCK) {
                String stepName = tokens.get(i + 1).text();
                List<SqlStatements.Statement> sql = SqlStatements.split(tokens.get(i + 2).text());
                if (sql.isEmpty()) {
                    problems.add(new Problem(file, pos(tokens.get(i + 2).offset()), "step " + stepName + " has no SQL; write one statement"));
                } else if (steps.containsKey(stepName)) {
                    problems.add(new Problem(file, pos(tokens.get(i + 1).offset()), "step " + stepName + " is defined twice in session " + name.text()));
                } else {
                    steps.put(stepName, sql);
                    offsets.put(stepName, tokens.get(i + 2).offset());
                    stepPos.put(stepName, pos(tokens.get(i + 1).offset()));
                }
                i += 3;
            } else {
                break;
            }
        }
        at[0] = i;
        if (steps.isEmpty()) {
            problems.add(new Problem(file, pos(name.offset()), "session " + name.text() + " has no steps; write `step NAME { SQL }` after it"));
        }
        return new Session(name.text(), pos(name.offset()), setup, setupOffset, steps, offsets, stepPos, teardown, teardownOffset);
    }

    // ---- the scenario tree ----

    private YamlNode scenario(List<SqlStatements.Statement> setup, List<Integer> setupOffsets, List<Session> sessions,
            List<List<Token>> permutations) {
        String base = java.nio.file.Path.of(file).getFileName().toString().replaceFirst("\\.spec$", "");
        Map<String, YamlNode.Entry> top = new LinkedHashMap<>();
        put(top, "id", scalar(base.replaceAll("[^A-Za-z0-9_.-]", "-"), Pos.UNKNOWN));
        put(top, "title", scalar(base + " (isolation spec)", Pos.UNKNOWN));
        put(top, "story", scalar("PostgreSQL isolationtester spec " + base + ": " + sessions.size() + " sessions, " + permutations.size()
                + (permutations.size() == 1 ? " permutation" : " permutations") + ". Each session runs in autocommit and goes on after an"
                + " error, as isolationtester's do; blocker annotations are not needed, Interleave asks the database who waits.", Pos.UNKNOWN));
        List<YamlNode> setupItems = new ArrayList<>();
        for (int k = 0; k < setup.size(); k++) setupItems.add(sql(setup.get(k).text(), pos(setupOffsets.get(k) + setup.get(k).offset())));
        if (!setupItems.isEmpty()) put(top, "setup", new YamlNode.Sequence(Pos.UNKNOWN, setupItems));
        List<YamlNode> lanes = new ArrayList<>();
        Map<String, String> laneOfStep = new LinkedHashMap<>();
        Map<String, List<String>> idsOfStep = new LinkedHashMap<>();
        for (Session s : sessions) lanes.add(lane(s, laneOfStep, idsOfStep));
        put(top, "lanes", new YamlNode.Sequence(Pos.UNKNOWN, lanes));
        if (permutations.isEmpty()) {
            // no permutation: the sessions one after the other (explore runs every order, as isolationtester would)
            List<Token> serial = new ArrayList<>();
            for (Session s : sessions) for (String step : s.steps().keySet()) serial.add(new Token(Token.Kind.WORD, step, 0));
            put(top, "schedule", schedule(sessions, serial, laneOfStep, idsOfStep));
        } else {
            Map<String, YamlNode.Entry> named = new LinkedHashMap<>();
            for (int k = 0; k < permutations.size(); k++) {
                List<Token> steps = permutations.get(k);
                String name = "permutation-" + (k + 1);
                named.put(name, new YamlNode.Entry(new YamlNode.Key(name, pos(steps.get(0).offset())),
                        schedule(sessions, steps.subList(1, steps.size()), laneOfStep, idsOfStep)));
            }
            put(top, "schedules", new YamlNode.Mapping(Pos.UNKNOWN, new LinkedHashMap<>(named)));
        }
        // exploring orders the steps only: every session's setup runs first and its teardown last, as in isolationtester
        List<YamlNode> first = new ArrayList<>();
        List<YamlNode> last = new ArrayList<>();
        for (Session s : sessions) entries(first, s.name() + "/setup", laneOfStep, idsOfStep, Pos.UNKNOWN);
        for (Session s : sessions) entries(last, s.name() + "/teardown", laneOfStep, idsOfStep, Pos.UNKNOWN);
        if (!first.isEmpty() || !last.isEmpty()) {
            Map<String, YamlNode.Entry> explore = new LinkedHashMap<>();
            if (!first.isEmpty()) put(explore, "first", new YamlNode.Sequence(Pos.UNKNOWN, first));
            if (!last.isEmpty()) put(explore, "last", new YamlNode.Sequence(Pos.UNKNOWN, last));
            put(top, "explore", new YamlNode.Mapping(Pos.UNKNOWN, new LinkedHashMap<>(explore)));
        }
        return new YamlNode.Mapping(Pos.UNKNOWN, new LinkedHashMap<>(top));
    }

    /**
     * A session as a lane: its setup, its steps, its teardown. A step's block of several queries and data changes is
     * one step; a block that also opens, ends or steers a transaction, or changes the schema, gives steps in a row.
     */
    private YamlNode lane(Session s, Map<String, String> laneOfStep, Map<String, List<String>> idsOfStep) {
        Map<String, YamlNode.Entry> lane = new LinkedHashMap<>();
        put(lane, "id", scalar(s.name(), s.pos()));
        put(lane, "mode", scalar("autocommit", s.pos()));
        put(lane, "on_error", scalar("continue", s.pos()));
        // the level the session's setup opens its transaction at is the lane's level, so the window shows it
        s.setup().stream().map(st -> TransactionStart.parse(st.text())).flatMap(java.util.Optional::stream).findFirst()
                .map(TransactionStart::isolation).filter(java.util.Objects::nonNull)
                .ifPresent(level -> put(lane, "isolation", scalar(level.sqlName(), s.pos())));
        List<YamlNode> steps = new ArrayList<>();
        addSteps(steps, "setup", s.setup(), s.setupOffset(), s, laneOfStep, idsOfStep);
        for (Map.Entry<String, List<SqlStatements.Statement>> e : s.steps().entrySet()) {
            addSteps(steps, e.getKey(), e.getValue(), s.stepOffsets().get(e.getKey()), s, laneOfStep, idsOfStep);
        }
        addSteps(steps, "teardown", s.teardown(), s.teardownOffset(), s, laneOfStep, idsOfStep);
        put(lane, "steps", new YamlNode.Sequence(s.pos(), steps));
        return new YamlNode.Mapping(s.pos(), new LinkedHashMap<>(lane));
    }

    private void addSteps(List<YamlNode> steps, String name, List<SqlStatements.Statement> sql, int blockOffset, Session s,
            Map<String, String> laneOfStep, Map<String, List<String>> idsOfStep) {
        String key = name.equals("setup") || name.equals("teardown") ? s.name() + "/" + name : name;
        List<String> ids = new ArrayList<>();
        if (!key.contains("/") && sql.size() > 1) {
            // several queries and data changes are one step, sent together as isolationtester sends a step
            String together = String.join("; ", sql.stream().map(SqlStatements.Statement::text).toList());
            if (allowlist.kindOf(together, EngineId.POSTGRESQL).equals(java.util.Optional.of(StepKind.BLOCK))) {
                sql = List.of(new SqlStatements.Statement(together, sql.get(0).offset()));
            }
        }
        for (int k = 0; k < sql.size(); k++) {
            String id = k == 0 ? name : name + "-" + (k + 1);
            Pos at = pos(blockOffset + sql.get(k).offset());
            Map<String, YamlNode.Entry> step = new LinkedHashMap<>();
            put(step, "id", scalar(id, at));
            put(step, "sql", sql(sql.get(k).text(), at));
            steps.add(new YamlNode.Mapping(at, new LinkedHashMap<>(step)));
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            if (laneOfStep.containsKey(key)) {
                problems.add(new Problem(file, s.stepPos().getOrDefault(name, s.pos()), "step " + name + " is also a step of session "
                        + laneOfStep.get(key) + "; a spec's step names are unique across its sessions"));
            }
            laneOfStep.put(key, s.name());
            idsOfStep.put(key, ids);
        }
    }

    /** Every session's setup first, then the permutation's steps (a block's statements in a row), then every teardown. */
    private YamlNode schedule(List<Session> sessions, List<Token> steps, Map<String, String> laneOfStep, Map<String, List<String>> idsOfStep) {
        List<YamlNode> entries = new ArrayList<>();
        for (Session s : sessions) entries(entries, s.name() + "/setup", laneOfStep, idsOfStep, Pos.UNKNOWN);
        for (Token t : steps) {
            if (!laneOfStep.containsKey(t.text()) || t.text().contains("/")) {
                List<String> known = laneOfStep.keySet().stream().filter(k -> !k.contains("/")).toList();
                problems.add(new Problem(file, pos(t.offset()), "the permutation names step `" + t.text() + "`, which no session has"
                        + Spelling.didYouMean(t.text(), known) + "; the steps are " + String.join(", ", known)));
                continue;
            }
            entries(entries, t.text(), laneOfStep, idsOfStep, pos(t.offset()));
        }
        for (Session s : sessions) entries(entries, s.name() + "/teardown", laneOfStep, idsOfStep, Pos.UNKNOWN);
        return new YamlNode.Sequence(steps.isEmpty() ? Pos.UNKNOWN : pos(steps.get(0).offset()), entries);
    }

    private static void entries(List<YamlNode> entries, String key, Map<String, String> laneOfStep, Map<String, List<String>> idsOfStep, Pos at) {
        String lane = laneOfStep.get(key);
        if (lane == null) return;
        for (String id : idsOfStep.get(key)) entries.add(scalar(lane + "." + id, at));
    }

    private static void put(Map<String, YamlNode.Entry> map, String key, YamlNode value) {
        map.put(key, new YamlNode.Entry(new YamlNode.Key(key, value.pos()), value));
    }

    private static YamlNode.Scalar scalar(String text, Pos pos) {
        return new YamlNode.Scalar(pos, text);
    }
}
