// Files that try to change what they judge, hide words, alias YAML or exceed the limits get file:line:column refusals.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoaderHardeningTest {
    private static final String GOOD = ScenarioLoaderTest.GOOD;

    private static List<String> problems(String text) {
        LoadResult result = ScenarioLoader.parse("broken.yaml", text);
        assertNull(result.scenario(), "a broken file must not load: " + text);
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static void refused(String text, String line, String words) {
        List<String> p = problems(text);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:" + line) && s.contains(words)), p.toString());
    }

    @Test
    void aCheckOrGuardThatChangesDataIsRefused() {
        refused(GOOD.replace("sql: SELECT v FROM t WHERE id = 1\n    expect: 16",
                "sql: SELECT v FROM FINAL TABLE (UPDATE t SET v = 16 WHERE id = 1)\n    expect: 16"), "", "changes data");
        refused(GOOD.replace("sql: SELECT v FROM t WHERE id = 1\n    expect: 16",
                "sql: WITH d AS (DELETE FROM t RETURNING v) SELECT COUNT(*) FROM d\n    expect: 16"), "", "changes data");
        refused(GOOD.replace("sql: UPDATE t SET v = :v + 1 WHERE id = 1", "sql: UPDATE t SET v = :v + 1 WHERE id = 1\n        guard: "
                + "\"(SELECT COUNT(*) FROM OLD TABLE (DELETE FROM t)) >= 0\""), "", "changes data");
    }

    @Test
    void selectForUpdateIsStillAQuery() {
        LoadResult r = ScenarioLoader.parse("ok.yaml", GOOD.replace("sql: SELECT v FROM t WHERE id = 1\n        capture",
                "sql: SELECT v FROM t WHERE id = 1 FOR UPDATE\n        capture"));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void h2sTableEngineClauseIsRefusedBecauseItLoadsAClass() {
        refused(GOOD.replace("CREATE TABLE t (id INT PRIMARY KEY, v INT)", "\"CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE \\\"org.example.Evil\\\"\""),
                "5:", "`ENGINE` is not allowed");
    }

    @Test
    void everyEnginesTextOfAStepMustBeTheSameKind() {
        String perEngine = GOOD.replace("      - COMMIT\n  - id: T2", "      - sql: { h2: \"SELECT 1\", default: COMMIT }\n  - id: T2");
        List<String> p = problems(perEngine);
        assertTrue(p.stream().anyMatch(s -> s.contains("same kind of statement")), p.toString());
    }

    @Test
    void aBindUsedOnlyInOneEnginesTextIsChecked() {
        String perEngine = GOOD.replace("      - UPDATE t SET v = v + 5 WHERE id = 1",
                "      - sql: { h2: \"UPDATE t SET v = :never + 5 WHERE id = 1\", default: \"UPDATE t SET v = v + 5 WHERE id = 1\" }");
        List<String> p = problems(perEngine);
        assertTrue(p.stream().anyMatch(s -> s.contains(":never before it is captured")), p.toString());
    }

    @Test
    void noLanesAndReservedOrOddLaneIdsAreRefused() {
        refused("id: x\ntitle: X\nlanes: []\n", "", "no lanes");
        refused(GOOD.replace("- id: T1", "- id: DB"), "", "reserved for the database column");
        refused(GOOD.replace("- id: T1", "- id: \"T1\\nfake.yaml:1:1: ok\""), "", "lane id");
    }

    @Test
    void yamlAnchorsAndAliasesAreRefusedWithTheirPlace() {
        String aliased = GOOD.replace("    isolation: READ COMMITTED\n", "") .replace("  - id: T2\n    steps:", "  - id: T2\n    steps: *t1steps\n    unused:");
        String anchored = GOOD.replace("  - id: T1\n    steps:", "  - id: T1\n    steps: &t1steps");
        List<String> p = problems(anchored);
        assertTrue(p.stream().anyMatch(s -> s.contains("anchors and aliases")), p.toString());
        assertTrue(p.get(0).matches("broken\\.yaml:\\d+:\\d+: .*"), p.toString());
        assertTrue(problems(aliased).stream().anyMatch(s -> s.contains("anchors and aliases") || s.contains("not valid YAML")));
    }

    @Test
    void limitsOfSizeAndShapeAreToldWithTheLimit() {
        refused("id: x\n" + "#".repeat(ScenarioLoader.MAX_FILE_CHARS), "1:", "too long");
        StringBuilder lanes = new StringBuilder("id: many\ntitle: Many\nlanes:\n");
        for (int i = 1; i <= ScenarioValidator.MAX_LANES + 1; i++) lanes.append("  - id: T").append(i).append("\n    steps: [ \"SELECT 1\", COMMIT ]\n");
        refused(lanes.toString(), "", "too many lanes (9); a scenario has at most 8");
        StringBuilder deep = new StringBuilder("id: deep\ntitle: Deep\nstory: ");
        for (int i = 0; i < 200; i++) deep.append("[");
        refused(deep.toString(), "", "");
    }

    @Test
    void aProblemIsAlwaysOneLine() {
        Problem p = new Problem("a\nb.yaml", new Pos(1, 2), "unknown key `x\ny: ok`\r\u001b[2K");
        assertEquals(1, p.toString().lines().count(), p.toString());
    }

    @Test
    void h2sOwnMergeAndComputedColumnsAreAcceptedForH2AndTheOthersAreToldWhy() {
        String h2Only = GOOD.replace("  - CREATE TABLE t (id INT PRIMARY KEY, v INT)", "  - sql: { h2: \"CREATE TABLE t (id INT PRIMARY KEY, v INT,"
                + " twice INT AS (v * 2))\", default: \"CREATE TABLE t (id INT PRIMARY KEY, v INT, twice INT)\" }")
                .replace("  - INSERT INTO t VALUES (1, 10)", "  - sql: { h2: \"MERGE INTO t (id, v) KEY (id) VALUES (1, 10)\", default: \"INSERT INTO t (id, v) VALUES (1, 10)\" }");
        LoadResult ok = ScenarioLoader.parse("h2.yaml", h2Only);
        assertEquals(List.of(), ok.problems());
        String common = GOOD.replace("  - INSERT INTO t VALUES (1, 10)", "  - MERGE INTO t (id, v) KEY (id) VALUES (1, 10)");
        List<String> p = problems(common);
        assertTrue(p.stream().anyMatch(s -> s.contains("SQL refused for postgresql, mariadb") && s.contains("write `sql: { h2: ..., postgresql: ... }`")),
                p.toString());
        assertTrue(p.stream().noneMatch(s -> s.contains("for h2")), "H2 runs its own syntax: " + p);
    }

    @Test
    void theH2ShapesDoNotLetAnythingElseThrough() {
        StatementAllowlist allowlist = new StatementAllowlist();
        for (String sql : List.of("MERGE INTO t KEY (id) VALUES (FILE_READ('/etc/passwd'))", "MERGE INTO t KEY (id) VALUES (1); DROP TABLE t",
                "CREATE TABLE t (a INT AS (SELECT 1))", "MERGE INTO t KEY (id) SELECT * FROM CSVREAD('/tmp/x')",
                "CREATE TABLE t (o OTHER AS (1))")) {
            assertTrue(allowlist.refusal(sql, EngineId.H2, StatementAllowlist.Place.STEP).isPresent(), sql);
        }
    }
}
