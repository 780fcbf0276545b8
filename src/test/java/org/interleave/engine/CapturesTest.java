// Captures on H2 and PostgreSQL: a count of rows changed, of rows returned (past the 50 a result shows) and every row as a list.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CapturesTest {
    private static RunRecord run(EngineId id) throws Exception {
        var scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios-format/captures.yaml")).scenario();
        return RunRecord.execute(PlanBuilder.plan(scenario, null), id == EngineId.H2 ? TestEngines.h2() : TestEngines.postgres(), null);
    }

    private static Map<String, String> captured(RunRecord r, String lane, String step) {
        return r.events().stream().filter(e -> e.lane().equals(lane) && e.stepId().equals(step) && e.status() == StepStatus.COMPLETED)
                .findFirst().orElseThrow().captured();
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void countsAndListsAreKeptAndTheChecksCountWithThem(EngineId id) throws Exception {
        RunRecord r = run(id);
        assertEquals(Map.of("names", "[Apple, Banana]", "available", "2"), captured(r, "T1", "list"));
        assertEquals(Map.of("how_many", "120", "first", "1"), captured(r, "T1", "count-many"), "every row is counted, not the 50 shown");
        assertTrue(r.events().stream().anyMatch(e -> e.stepId().equals("count-many") && e.rows().truncated()), "the result still shows 50 rows");
        assertEquals(Map.of("sold_by_t2", "1"), captured(r, "T2", "sell"));
        // T2 sold the last Apple first, so T1's UPDATE changed only Banana's row
        assertEquals(Map.of("sold", "1"), captured(r, "T1", "sell"));
        assertEquals(Outcome.SAFE, r.verdict().outcome(), r.verdict().summary());
        assertEquals(List.of(true, true, true), r.verdict().checks().stream().map(CheckResult::holds).toList());
    }
}
