// Transactions as written on H2, PostgreSQL and MariaDB: an autocommit lane opens three with BEGIN, uses a savepoint,
// has a READ ONLY one refuse a write, and leaves the last one open for the run to roll back.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionsAsWrittenTest {
    private static final Path FILE = Path.of("src/test/resources/scenarios-format/transactions-as-written.yaml");

    private static DatabaseEngine engine(EngineId id) {
        return switch (id) {
            case H2 -> TestEngines.h2();
            case POSTGRESQL -> TestEngines.postgres();
            case MARIADB -> {
                Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
                yield TestEngines.mariadb().orElseThrow();
            }
        };
    }

    @ParameterizedTest
    @EnumSource(EngineId.class)
    void eachTransactionEndsAsWrittenAndTheLastIsLeftOpen(EngineId id) throws Exception {
        var loaded = ScenarioLoader.load(FILE);
        assertEquals(List.of(), loaded.problems());
        RunRecord r = RunRecord.execute(PlanBuilder.plan(loaded.scenario(), null), engine(id), null);
        List<String> states = r.events().stream().filter(e -> e.lane().equals("T1")).map(e -> e.stepId() + " " + e.laneState().id()).toList();
        assertEquals(List.of("begin active", "pay active", "mark active", "fee active", "undo-fee active", "commit committed",
                "begin-read-only active", "read active", "write active", "end rolled-back", "begin-again active", "leftover active"), states);
        RunEvent fee = r.events().stream().filter(e -> e.stepId().equals("fee")).findFirst().orElseThrow();
        if (id != EngineId.MARIADB) assertEquals("id 1: balance 110 → -890", fee.writtenText(), "before: the lane's own payment, not the committed 100");
        RunEvent write = r.events().stream().filter(e -> e.stepId().equals("write")).findFirst().orElseThrow();
        assertEquals(id == EngineId.H2 ? StepStatus.COMPLETED : StepStatus.FAILED, write.status(), "READ ONLY refuses the write (H2 runs a plain BEGIN)");
        assertEquals(List.of(), r.surprises());
        assertEquals(List.of("110", "110"), r.verdict().checks().stream().map(CheckResult::actual).toList());
        assertEquals(LaneState.ACTIVE, r.lanes().get("T1"), "the third transaction was never ended");
    }
}
