// Loading reports every problem of a broken scenario file with its line and column, and loads good files.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ScenarioLoaderTest {
    public static final String GOOD = """
            id: tiny
            title: Tiny
            phenomenon: lost update
            setup:
              - CREATE TABLE t (id INT PRIMARY KEY, v INT)
              - INSERT INTO t VALUES (1, 10)
            lanes:
              - id: T1
                steps:
                  - id: read
                    sql: SELECT v FROM t WHERE id = 1
                    capture: { v: v }
                  - id: write
                    sql: UPDATE t SET v = :v + 1 WHERE id = 1
                  - COMMIT
              - id: T2
                steps:
                  - UPDATE t SET v = v + 5 WHERE id = 1
                  - COMMIT
            schedule: [T1, T2, T2, T1, T1]
            checks:
              - name: value
                sql: SELECT v FROM t WHERE id = 1
                expect: 16
            expect: { h2: anomaly }
            """;

    private static List<String> problems(String text) {
        LoadResult result = ScenarioLoader.parse("broken.yaml", text);
        assertNull(result.scenario(), "a broken file must not load");
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aGoodFileLoadsWithItsLanesAndSteps() {
        LoadResult result = ScenarioLoader.parse("good.yaml", GOOD);
        assertEquals(List.of(), result.problems());
        Scenario s = result.scenario();
        assertEquals("tiny", s.id());
        assertEquals(List.of("read", "write", "s3"), s.lane("T1").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(Isolation.READ_COMMITTED, s.lane("T2").orElseThrow().isolation());
        assertEquals(Outcome.ANOMALY, s.expect().get(org.interleave.scenario.EngineId.H2));
    }

    @Test
    void anUnknownKeyIsReportedAtItsLineAndColumn() {
        List<String> p = problems(GOOD.replace("    steps:\n      - id: read", "    stpes: []\n    steps:\n      - id: read"));
        assertTrue(p.contains("broken.yaml:9:5: unknown key `stpes` in a lane (did you mean `steps`?); known keys are id, isolation, label, mode,"
                + " on_error, steps"), p.toString());
    }

    @Test
    void aMisspeltWordGetsTheWordItWasMeantToBe() {
        String text = GOOD.replaceFirst("  - id: T1\n", "  - id: T1\n    isolation: READ COMITTED\n    mode: auto\n");
        List<String> p = problems(text);
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown isolation level `READ COMITTED` (did you mean `READ COMMITTED`?)")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("not `auto` (did you mean `autocommit`?)")), p.toString());
        assertTrue(p.stream().noneMatch(s -> s.contains("schedule names lane")), "no guess where two lanes are as close: " + p);
        assertEquals("", Spelling.didYouMean("T3", List.of("T1", "T2")), "T3 is as far from T1 as from T2");
        assertEquals(" (did you mean `capture`?)", Spelling.didYouMean("captur", List.of("capture", "crash", "guard")));
        assertEquals("", Spelling.didYouMean("banana", List.of("capture", "crash", "guard")), "nothing close: no guess");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String text = GOOD.replace("id: write", "id: read")
                .replace("schedule: [T1, T2, T2, T1, T1]", "schedule: [T1, T3, T2, T2, T2, T1, T1]")
                .replace(":v + 1", ":w + 1");
        List<String> p = problems(text);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:13:") && s.contains("step id `read` is used twice")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:14:") && s.contains("uses :w before it is captured")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:20:") && s.contains("schedule names lane `T3`")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("gives lane T2 step 3, but it has only 2 steps")), p.toString());
    }

    @Test
    void hostileStatementsAreRefusedAtLoadTimeWithTheirLine() {
        for (String hostile : List.of("CREATE ALIAS EXEC AS 'String e(String c) throws Exception { return c; }'",
                "RUNSCRIPT FROM '/tmp/x.sql'", "SELECT FILE_READ('/etc/passwd')", "CALL CSVWRITE('/tmp/x.csv', 'SELECT 1')",
                "CREATE LINKED TABLE l('org.h2.Driver', 'jdbc:h2:mem:x', 'sa', '', 'T')", "SET LOCK_TIMEOUT 1", "SHUTDOWN",
                "UPDATE t SET v = 1; DROP TABLE t")) {
            List<String> p = problems(GOOD.replace("UPDATE t SET v = v + 5 WHERE id = 1", "\"" + hostile.replace("\"", "\\\"") + "\""));
            assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:18:") && s.contains("SQL refused")), hostile + " -> " + p);
        }
    }

    @Test
    void aTransactionThatNeverEndsIsReported() {
        List<String> p = problems(GOOD.replace("      - UPDATE t SET v = v + 5 WHERE id = 1\n      - COMMIT\n", "      - UPDATE t SET v = v + 5 WHERE id = 1\n")
                .replace("[T1, T2, T2, T1, T1]", "[T1, T2, T1, T1]"));
        assertTrue(p.stream().anyMatch(s -> s.contains("lane T2 runs in a transaction but its last step is not COMMIT")), p.toString());
    }

    @Test
    void aProtectionNamingAMissingStepIsReported() {
        String text = GOOD + """
                protections:
                  - id: atomic
                    title: Atomic
                    steps:
                      T1:
                        - replace: wrte
                          with: { sql: UPDATE t SET v = v + 1 WHERE id = 1 }
                """;
        List<String> p = problems(text);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("broken.yaml:31:") && s.contains("lane T1 has no step `wrte`")), p.toString());
    }

    @Test
    void notYamlAtAllGivesOneClearProblem() {
        List<String> p = problems("id: [unclosed\n  title: x");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("broken.yaml:") && p.get(0).contains("not valid YAML"), p.toString());
    }

    @Test
    void aBrokenFileDoesNotStopTheOthersFromLoading(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.yaml"), GOOD);
        Files.writeString(dir.resolve("b-broken.yaml"), "id: x\ntitle: y\nlanes: 3\n");
        ScenarioLibrary library = ScenarioLibrary.withExtra(List.of(dir));
        assertTrue(library.find("tiny").isPresent());
        assertFalse(library.failures().isEmpty());
        assertTrue(library.failures().stream().anyMatch(r -> r.file().endsWith("b-broken.yaml")));
    }
}
