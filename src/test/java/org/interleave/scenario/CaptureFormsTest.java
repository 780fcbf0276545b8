// The forms of `capture:` (a first row's column, every row's, a count of rows returned or changed) and the messages for misfits.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureFormsTest {
    static final Path FILE = Path.of("src/test/resources/scenarios-format/captures.yaml");

    private static List<String> problems(String steps) {
        LoadResult result = ScenarioLoader.parse("broken.yaml", """
                id: x
                title: X
                setup:
                  - CREATE TABLE t (id INT PRIMARY KEY, v INT)
                lanes:
                  - id: T1
                    steps:
                """ + steps + """
                      - id: commit
                        sql: COMMIT
                """);
        assertNull(result.scenario(), "a broken file must not load");
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void eachFormIsReadInTheOrderWritten() {
        LoadResult r = ScenarioLoader.load(FILE);
        assertEquals(List.of(), r.problems());
        Step list = r.scenario().lane("T1").orElseThrow().step("list").orElseThrow();
        assertEquals(List.of("names", "available"), List.copyOf(list.capture().keySet()));
        assertEquals(new Capture(Capture.Kind.ALL_ROWS, "name"), list.capture().get("names"));
        assertEquals(new Capture(Capture.Kind.ROW_COUNT, null), list.capture().get("available"));
        assertEquals(Capture.firstRow("n"), r.scenario().lane("T1").orElseThrow().step("count-many").orElseThrow().capture().get("first"));
        assertEquals("{ count: changed }", r.scenario().lane("T1").orElseThrow().step("sell").orElseThrow().capture().get("sold").written());
    }

    @Test
    void aCaptureThatDoesNotFitItsStepIsToldWithTheFix() {
        List<String> p = problems("""
                      - id: q
                        sql: SELECT v FROM t
                        capture: { a: { count: changed }, b: { count: row }, c: { every: v } }
                      - id: w
                        sql: UPDATE t SET v = 1
                        capture: { d: v }
                """);
        assertTrue(p.contains("broken.yaml:8:9: step `q` of lane T1 is a query, which changes no rows; capture `a: { count: rows }` for the"
                + " rows it returns"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("broken.yaml:10:55: capture `b` should be `b: balance` (the first row's column)")
                && x.endsWith("(did you mean `rows`?)")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("broken.yaml:10:67: capture `c` should be")), p.toString());
        assertTrue(p.contains("broken.yaml:11:9: step `w` of lane T1 changes data and returns no rows to capture as :d; capture"
                + " `d: { count: changed }` for how many rows it changed, or add RETURNING to every engine's text"), p.toString());
    }
}
