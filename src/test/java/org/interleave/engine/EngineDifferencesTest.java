// Where H2 and PostgreSQL answer the same statements differently, measured on both: the README's table of differences.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class EngineDifferencesTest {
    private static RunRecord run(String scenario, String protection, Map<String, Isolation> levels, List<String> schedule, EngineId engine)
            throws Exception {
        RunPlan plan = PlanBuilder.plan(ScenarioLibrary.builtIn().find(scenario).orElseThrow(), protection);
        for (Map.Entry<String, Isolation> e : levels.entrySet()) plan = plan.withIsolation(e.getKey(), e.getValue());
        return RunRecord.execute(plan, TestEngines.shared().embedded(engine), schedule);
    }

    private static RunEvent firstFailure(RunRecord r) {
        return r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow(() -> new AssertionError(r.events()));
    }

    private static RunEvent firstWait(RunRecord r) {
        return r.events().stream().filter(e -> e.status() == StepStatus.WAITING).findFirst().orElseThrow(() -> new AssertionError(r.events()));
    }

    @Test
    void serializableWriteSkewCommitsOnH2AndFailsOneLaneOnPostgresql() throws Exception {
        assertEquals(Outcome.ANOMALY, run("doctors-write-skew", "serializable", Map.of(), null, EngineId.H2).verdict().outcome());
        RunRecord pg = run("doctors-write-skew", "serializable", Map.of(), null, EngineId.POSTGRESQL);
        assertEquals(Outcome.ABORTED, pg.verdict().outcome());
        assertEquals("40001", firstFailure(pg).error().sqlState());
    }

    @Test
    void serializableCheckThenInsertWithUniqueIs23505OnH2And40001OnPostgresql() throws Exception {
        Map<String, Isolation> serializable = Map.of("T1", Isolation.SERIALIZABLE, "T2", Isolation.SERIALIZABLE);
        assertEquals("23505", firstFailure(run("account-duplicate-email", "unique-constraint", serializable, null, EngineId.H2)).error().sqlState());
        assertEquals("40001", firstFailure(run("account-duplicate-email", "unique-constraint", serializable, null, EngineId.POSTGRESQL))
                .error().sqlState());
    }

    @Test
    void overlappingUpsertsFailOnH2AndInsertNothingOnPostgresqlUnlessRepeatableRead() throws Exception {
        List<String> overlap = List.of("T1", "T2", "T1", "T2", "T1", "T2");
        RunRecord h2 = run("account-duplicate-email", "unique-upsert", Map.of(), overlap, EngineId.H2);
        assertTrue(firstFailure(h2).afterWait(), "H2's MERGE waits first");
        assertEquals("23505", firstFailure(h2).error().sqlState());
        RunRecord pg = run("account-duplicate-email", "unique-upsert", Map.of(), overlap, EngineId.POSTGRESQL);
        assertEquals(Outcome.SAFE, pg.verdict().outcome(), "ON CONFLICT DO NOTHING waits, then inserts nothing");
        assertTrue(pg.events().stream().anyMatch(e -> e.afterWait() && Integer.valueOf(0).equals(e.updateCount())));
        Map<String, Isolation> repeatable = Map.of("T1", Isolation.REPEATABLE_READ, "T2", Isolation.REPEATABLE_READ);
        RunRecord pgRr = run("account-duplicate-email", "unique-upsert", repeatable, overlap, EngineId.POSTGRESQL);
        assertEquals("40001", firstFailure(pgRr).error().sqlState());
    }

    @Test
    void aDuplicateKeyWaitNamesItsHolderOnlyOnPostgresql() throws Exception {
        List<String> overlap = List.of("T1", "T2", "T1", "T2", "T1", "T2");
        assertEquals(List.of(), firstWait(run("account-duplicate-email", "unique-constraint", Map.of(), overlap, EngineId.H2)).waitingFor());
        assertEquals(List.of("T1"), firstWait(run("account-duplicate-email", "unique-constraint", Map.of(), overlap, EngineId.POSTGRESQL))
                .waitingFor());
    }

    @Test
    void aDeadlockIs40001AtOnceOnH2And40P01AfterDeadlockTimeoutOnPostgresql() throws Exception {
        RunEvent h2 = firstFailure(RunRecord.execute(RunTestAccess.twoRows(), TestEngines.h2(), null));
        assertEquals("40001", h2.error().sqlState());
        assertEquals(ErrorKind.DEADLOCK, h2.error().kind());
        RunEvent pg = firstFailure(RunRecord.execute(RunTestAccess.twoRows(), TestEngines.postgres(), null));
        assertEquals("40P01", pg.error().sqlState());
        assertFalse(h2.afterWait() || pg.afterWait(), "on both, the statement that closed the cycle is told as the victim, not as a wait");
    }

    @Test
    void readUncommittedIsARealLevelOnH2AndReadCommittedOnPostgresql() {
        assertEquals(Isolation.READ_UNCOMMITTED, TestEngines.h2().isolation(Isolation.READ_UNCOMMITTED).runsAs());
        assertEquals(Isolation.READ_COMMITTED, TestEngines.postgres().isolation(Isolation.READ_UNCOMMITTED).runsAs());
    }
}
