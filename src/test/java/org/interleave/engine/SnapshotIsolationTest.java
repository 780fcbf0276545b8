// SNAPSHOT is offered where the engine has it (H2) and differs there from REPEATABLE READ as H2 really behaves;
// an engine without it refuses a lane that asks for it, by name, before anything runs.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SnapshotIsolationTest {
    private static Scenario scenario() {
        LoadResult r = ScenarioLoader.load(Path.of("src/test/resources/scenarios-format/snapshot-on-h2.yaml"));
        assertEquals(List.of(), r.problems());
        return r.scenario();
    }

    @Test
    void h2OffersSnapshotAndTheServersDoNot() {
        assertEquals(List.of(Isolation.READ_UNCOMMITTED, Isolation.READ_COMMITTED, Isolation.REPEATABLE_READ, Isolation.SNAPSHOT,
                Isolation.SERIALIZABLE), TestEngines.h2().offeredLevels());
        DatabaseEngine postgres = TestEngines.postgres();
        assertFalse(postgres.offers(Isolation.SNAPSHOT));
        assertEquals(Isolation.REPEATABLE_READ, postgres.nearestOffered(Isolation.SNAPSHOT));
        assertEquals(Isolation.SERIALIZABLE, postgres.nearestOffered(Isolation.SERIALIZABLE));
    }

    @Test
    void onH2RepeatableReadSeesATableAsOfItsFirstUseAndSnapshotAsOfTheFirstStatement() throws Exception {
        RunRecord repeatable = RunRecord.execute(PlanBuilder.plan(scenario(), null), TestEngines.h2(), null);
        assertEquals("units = 9", stockSeen(repeatable), "the stock table was first read after T2 committed");
        assertEquals(Outcome.ANOMALY, repeatable.verdict().outcome());

        RunRecord snapshot = RunRecord.execute(PlanBuilder.plan(scenario(), "snapshot"), TestEngines.h2(), null);
        assertEquals("units = 10", stockSeen(snapshot), "every table as of T1's first statement");
        assertEquals(Outcome.SAFE, snapshot.verdict().outcome());
    }

    @Test
    void aServerWithoutSnapshotRefusesTheLaneByName() {
        RunPlan plan = PlanBuilder.plan(scenario(), "snapshot");
        RunSetupException e = assertThrows(RunSetupException.class, () -> Run.start(plan, TestEngines.postgres(), RunListener.NONE).close());
        assertTrue(e.getMessage().startsWith("T1 asks for isolation level SNAPSHOT, which PostgreSQL"), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not have; it has READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ, SERIALIZABLE"),
                e.getMessage());
    }

    @Test
    void switchingEngineMovesALaneToTheNearestLevelThere() {
        RunPlan plan = PlanBuilder.plan(scenario(), "snapshot");
        assertEquals(Map.of("T1", Isolation.REPEATABLE_READ), ReplaySession.levelsMovedBy(plan, TestEngines.postgres()));
        assertEquals(Map.of(), ReplaySession.levelsMovedBy(plan, TestEngines.h2()));
    }

    private static String stockSeen(RunRecord r) {
        return r.events().stream().filter(e -> e.lane().equals("T1") && e.stepId().equals("stock")).findFirst().orElseThrow().resultText();
    }
}
