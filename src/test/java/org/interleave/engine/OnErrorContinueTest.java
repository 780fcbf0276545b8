// A lane with on_error: continue goes on after an error, and shows what each engine really answers: H2 keeps the
// transaction, PostgreSQL refuses everything (25P02) and answers COMMIT with ROLLBACK.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.OnError;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class OnErrorContinueTest {
    private static final Path FILE = Path.of("src/test/resources/scenarios-format/on-error-continue.yaml");

    private static Scenario scenario() {
        LoadResult r = ScenarioLoader.load(FILE);
        assertEquals(List.of(), r.problems());
        return r.scenario();
    }

    private static List<String> answers(RunRecord r) {
        return r.events().stream().filter(e -> e.lane().equals("T1")).map(e -> e.stepId() + " " + e.resultText()).toList();
    }

    @Test
    void onH2TheTransactionGoesOnAndItsDepositCommits() throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(scenario(), null), TestEngines.h2(), null);
        assertEquals(List.of("overdraw check constraint violated (23513)", "deposit 1 row changed", "commit committed"), answers(r));
        assertEquals(LaneState.COMMITTED, r.lanes().get("T1"));
        assertTrue(r.events().get(0).detail().startsWith("T1 goes on (on_error: continue): check constraint violated. H2 undid only this statement"));
        assertEquals(Outcome.SAFE, r.verdict().outcome(), "T1 committed in the end: its error cost nothing");
        assertEquals(List.of(), r.surprises());
    }

    @Test
    void onPostgresEveryStatementIsRefusedAndCommitIsAnsweredWithRollback() throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(scenario(), null), TestEngines.postgres(), null);
        assertEquals(List.of("overdraw check constraint violated (23514)", "deposit refused: the transaction is already aborted (25P02)",
                "commit rolled back"), answers(r));
        RunEvent commit = r.events().get(2);
        assertFalse(commit.committed(), "never shown as committed");
        assertTrue(commit.rolledBack());
        assertEquals("the database answered COMMIT with ROLLBACK: the transaction had failed, so nothing of it was committed", commit.detail());
        assertEquals(LaneState.ROLLED_BACK, r.lanes().get("T1"));
        assertEquals("100", r.verdict().checks().get(0).actual(), "nothing of T1 is in the data");
        assertEquals(Outcome.ABORTED, r.verdict().outcome());
        assertEquals(List.of(), r.surprises());
    }

    @Test
    void onMariaDbTheStatementIsUndoneAndTheTransactionGoesOn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
        RunRecord r = RunRecord.execute(PlanBuilder.plan(scenario(), null), TestEngines.mariadb().orElseThrow(), null);
        assertEquals(List.of("overdraw check constraint violated (23000)", "deposit 1 row changed", "commit committed"), answers(r));
        assertEquals("110", r.verdict().checks().get(0).actual());
        assertEquals(List.of(), r.surprises());
    }

    @Test
    void theDefaultStaysRollbackAndATypoIsTold() {
        assertEquals(OnError.ROLLBACK, scenario().lane("T2").orElseThrow().onError());
        LoadResult typo = ScenarioLoader.parse("t.yaml", """
                id: t
                title: T
                lanes:
                  - id: T1
                    on_error: contineu
                    steps: [SELECT 1, COMMIT]
                """);
        assertEquals(List.of("t.yaml:5:15: `on_error` should be `rollback` (the application rolls back, the default) or `continue` (the lane"
                + " goes on issuing its statements), not `contineu` (did you mean `continue`?)"), typo.problems().stream().map(Object::toString).toList());
    }
}
