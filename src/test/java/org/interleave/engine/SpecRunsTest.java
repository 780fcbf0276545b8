// The project's own isolation specs, run for real: what the embedded PostgreSQL answers at each step (and, where a
// spec is portable, how H2 differs), so the expected behaviour of each spec is stated here and checked.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.interleave.TestEngines;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.SpecLoadTest;
import org.junit.jupiter.api.Test;

class SpecRunsTest {
    private static RunRecord run(String spec, String permutation, DatabaseEngine engine) throws Exception {
        var loaded = ScenarioLoader.load(SpecLoadTest.SPECS.resolve(spec + ".spec"));
        assertEquals(List.of(), loaded.problems());
        return RunRecord.execute(PlanBuilder.plan(loaded.scenario(), null, permutation), engine, null);
    }

    /** Each event as "step: answer", the way isolationtester's expected output lists them. */
    private static String answers(RunRecord r) {
        return r.events().stream().filter(e -> !e.stepId().equals("setup"))
                .map(e -> e.stepId() + ": " + (e.status() == StepStatus.FAILED ? "ERROR " + e.error().sqlState() : e.resultText()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void writeSkewUnderSerializableIsRefusedAtTheSecondCommitOnPostgres() throws Exception {
        assertEquals("""
                a_check: on_call = 2
                b_check: on_call = 2
                a_leave: 1 row changed
                b_leave: 1 row changed
                a_commit: committed
                b_commit: ERROR 40001""", answers(run("doctors-write-skew", "1", TestEngines.postgres())));
        assertEquals("b_commit: committed", answers(run("doctors-write-skew", "2", TestEngines.postgres())).lines().reduce((a, b) -> b).orElseThrow(),
                "one after the other, both commit");
        // measured: H2's SERIALIZABLE does not prevent write skew
        assertEquals("b_commit: committed", answers(run("doctors-write-skew", "1", TestEngines.h2())).lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void nowaitFailsAtOnceAndTheAbortedTransactionRefusesTheRest() throws Exception {
        assertEquals("""
                w1_take: id = 1
                w2_take: ERROR 55P03
                w1_mark: 1 row changed
                w1_commit: committed
                w2_mark: ERROR 25P02
                w2_commit: rolled back""", answers(run("queue-nowait", "1", TestEngines.postgres())));
        // measured: H2 answers NOWAIT with a lock timeout and keeps the transaction, so w2's later write goes through
        assertEquals("""
                w1_take: id = 1
                w2_take: ERROR HYT00
                w1_mark: 1 row changed
                w1_commit: committed
                w2_mark: 1 row changed
                w2_commit: committed""", answers(run("queue-nowait", "1", TestEngines.h2())));
    }

    @Test
    void skipLockedTakesTheNextFreeRowWithoutWaiting() throws Exception {
        assertEquals("""
                w1_take: id = 1
                w2_take: id = 2
                w1_commit: committed
                w2_commit: committed""", answers(run("queue-skip-locked", "1", TestEngines.postgres())));
    }

    @Test
    void anUpsertWaitsForTheUncommittedRowThenTakesItsUpdateBranch() throws Exception {
        RunRecord r = run("signup-on-conflict", "1", TestEngines.postgres());
        assertEquals("""
                s1_insert: 1 row changed
                s2_upsert: waiting for s1's lock
                s1_commit: committed
                s2_upsert: 1 row changed
                s2_read: name = Annie
                s2_commit: committed""", answers(r));
        assertEquals("""
                s2_upsert: 1 row changed
                s1_insert: waiting for s2's lock
                s2_commit: committed
                s1_insert: 0 rows changed
                s1_commit: committed""", answers(run("signup-on-conflict", "2", TestEngines.postgres())), "DO NOTHING after the wait");
    }

    @Test
    void threeSessionsWaitInAChainAndNothingIsLost() throws Exception {
        RunRecord r = run("three-session-chain", "1", TestEngines.postgres());
        assertEquals(List.of(List.of("s1"), List.of("s2")), r.events().stream().filter(e -> e.status() == StepStatus.WAITING)
                .map(RunEvent::waitingFor).toList(), "s2 waits for s1, s3 for s2");
        assertTrue(answers(r).lines().anyMatch(l -> l.startsWith("s3_read") && l.contains("2 rows")), answers(r));
        assertEquals("[[1, 11], [2, 110]]", r.tables().get(0).contents().rows().toString(), "every session's change is kept");
        RunEvent s2 = r.events().stream().filter(e -> e.stepId().equals("s2_add")).findFirst().orElseThrow();
        assertEquals(org.interleave.scenario.StepKind.BLOCK, s2.kind(), "s2's two updates are one step, which waits as a whole");
        RunRecord h2 = run("three-session-chain", "1", TestEngines.h2());
        assertEquals(List.of(List.of("s1"), List.of("s2")), h2.events().stream().filter(e -> e.status() == StepStatus.WAITING)
                .map(RunEvent::waitingFor).toList());
        assertEquals("[[1, 11], [2, 110]]", h2.tables().get(0).contents().rows().toString());
    }
}
