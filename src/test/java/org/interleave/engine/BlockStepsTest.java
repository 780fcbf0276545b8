// A step that sends several statements is one step: it waits as a whole and fails at its first error, and each engine
// runs it as it runs such a request (PostgreSQL as one implicit transaction, H2 and MariaDB statement by statement).
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Problem;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.StatementAllowlist;
import org.interleave.scenario.StepKind;
import org.junit.jupiter.api.Test;

class BlockStepsTest {
    private static RunRecord run(DatabaseEngine engine) throws Exception {
        LoadResult r = ScenarioLoader.load(Path.of("src/test/resources/scenarios-format/block-steps.yaml"));
        assertEquals(List.of(), r.problems());
        return RunRecord.execute(PlanBuilder.plan(r.scenario(), null), engine, null);
    }

    private static List<String> answers(RunRecord r) {
        return r.events().stream().filter(e -> !e.stepId().startsWith("s")).map(e -> e.lane() + " " + e.stepId() + " " + e.status()
                + (e.afterWait() ? " after waiting" : "") + (e.updateCount() == null ? "" : " " + e.updateCount())).toList();
    }

    private static String log(RunRecord r) {
        return r.tables().stream().filter(t -> t.table().equalsIgnoreCase("log")).findFirst().orElseThrow().contents().rows().toString();
    }

    private static final List<String> SAME_EVERYWHERE = List.of("T1 hold COMPLETED 1", "T2 move WAITING", "T2 move COMPLETED after waiting 2",
            "T3 three FAILED");

    @Test
    void onH2TheStepWaitsAsAWholeAndItsStatementsRunOneByOne() throws Exception {
        RunRecord r = run(TestEngines.h2());
        assertEquals(SAME_EVERYWHERE, answers(r));
        assertEquals("[[1], [2]]", log(r), "H2 commits each statement of an autocommit lane's step on its own");
        assertEquals(List.of(), r.surprises());
        assertEquals("201", r.verdict().checks().get(0).actual());
    }

    @Test
    void onPostgresTheStepIsOneImplicitTransaction() throws Exception {
        RunRecord r = run(TestEngines.postgres());
        assertEquals(SAME_EVERYWHERE, answers(r));
        assertEquals("[]", log(r), "the duplicate key undid the whole request, as PostgreSQL runs it");
        assertEquals(List.of(), r.surprises());
    }

    @Test
    void onMariaDbItsStatementsRunOneByOne() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
        RunRecord r = run(TestEngines.mariadb().get());
        assertEquals(SAME_EVERYWHERE, answers(r));
        assertEquals("[[1], [2]]", log(r));
        assertEquals(List.of(), r.surprises());
    }

    @Test
    void aStepOfSeveralStatementsHoldsOnlyQueriesAndDataChanges() {
        StatementAllowlist allowlist = new StatementAllowlist();
        assertEquals(java.util.Optional.of(StepKind.BLOCK), allowlist.kindOf("SELECT 1; UPDATE t SET v = 2", EngineId.POSTGRESQL));
        assertEquals("statement 2 of the 2 in this step is `COMMIT`, and a step of several statements may hold only queries and data"
                + " changes; give it a step of its own", allowlist.refusal("UPDATE t SET v = 2; COMMIT", EngineId.H2,
                        StatementAllowlist.Place.STEP).orElseThrow());
        assertTrue(allowlist.refusal("SELECT 1; DROP TABLE t", EngineId.POSTGRESQL, StatementAllowlist.Place.STEP).orElseThrow()
                .startsWith("statement 2 of the 2 in this step is `DROP TABLE`"));
        assertTrue(allowlist.refusal("SELECT 1; SELECT pg_sleep(10)", EngineId.POSTGRESQL, StatementAllowlist.Place.STEP).orElseThrow()
                .startsWith("statement 2 of the 2 in this step: "));
        assertTrue(allowlist.refusal("SELECT 1; SELECT 2", EngineId.H2, StatementAllowlist.Place.CHECK).isPresent(), "a check is one query");
        LoadResult r = ScenarioLoader.parse("kept.yaml", """
                id: kept
                title: Kept
                setup: [CREATE TABLE t (v INT)]
                lanes:
                  - id: T1
                    steps:
                      - { id: two, sql: "SELECT v FROM t; SELECT v FROM t", capture: { v: v } }
                      - COMMIT
                """);
        assertEquals(List.of("kept.yaml:7:9: step `two` of lane T1 sends several statements together and keeps nothing as :v; capture"
                + " from a step that sends one statement"), r.problems().stream().map(Problem::toString).toList());
    }
}
