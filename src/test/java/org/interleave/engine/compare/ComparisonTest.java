// The same schedule on H2, PostgreSQL and MariaDB, compared step by step: what the README and the issue promise is what runs.
package org.interleave.engine.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.Engines;
import org.interleave.engine.ErrorKind;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static RunPlan plan(String scenario, String protection) {
        return PlanBuilder.plan(ScenarioLibrary.builtIn().find(scenario).orElseThrow(), protection);
    }

    private static List<Engines.Availability> allThree() {
        Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
        return List.of(new Engines.Availability(EngineId.H2, TestEngines.engine(EngineId.H2), ""),
                new Engines.Availability(EngineId.POSTGRESQL, TestEngines.engine(EngineId.POSTGRESQL), ""),
                new Engines.Availability(EngineId.MARIADB, TestEngines.mariadb(), ""));
    }

    private static Outcome outcome(Comparison c, EngineId id) {
        return c.runs().stream().filter(r -> r.id() == id).findFirst().orElseThrow().record().verdict().outcome();
    }

    @Test
    void underRepeatableReadH2AndPostgresqlAbortTheSecondWriterAndMariadbLosesTheUpdate() {
        Comparison c = Comparison.run(plan("credits-lost-update", "repeatable-read"), null, allThree());
        StepRow write = c.rows().get(4);
        assertEquals("write", write.stepId());
        assertTrue(write.differs());
        assertEquals(ErrorKind.SERIALIZATION, write.outcomes().get(EngineId.H2).error());
        assertEquals("40001", write.outcomes().get(EngineId.POSTGRESQL).sqlState());
        assertEquals(StepOutcome.Kind.COMPLETED, write.outcomes().get(EngineId.MARIADB).kind());
        assertEquals(Outcome.ANOMALY, outcome(c, EngineId.MARIADB));
        assertFalse(c.rows().get(0).differs(), "every engine reads 1000 first");
    }

    @Test
    void underSerializableWriteSkewCommitsOnH2FailsOnPostgresqlAndDeadlocksOnMariadb() {
        Comparison c = Comparison.run(plan("doctors-write-skew", "serializable"), null, allThree());
        assertEquals(Outcome.ANOMALY, outcome(c, EngineId.H2));
        assertEquals(Outcome.ABORTED, outcome(c, EngineId.POSTGRESQL));
        assertEquals(Outcome.ABORTED, outcome(c, EngineId.MARIADB));
        assertTrue(c.rows().stream().anyMatch(r -> r.outcomes().get(EngineId.MARIADB).error() == ErrorKind.DEADLOCK));
        assertTrue(c.rows().stream().anyMatch(r -> r.outcomes().get(EngineId.POSTGRESQL).error() == ErrorKind.SERIALIZATION));
        assertTrue(c.rows().get(2).outcomes().get(EngineId.MARIADB).waited(), "MariaDB's SERIALIZABLE makes T1's update wait for T2's shared lock");
        assertTrue(c.enginesDiffer());
    }

    @Test
    void anEngineThatIsNotAvailableIsListedWithWhyNotDropped() {
        Comparison c = Comparison.run(plan("credits-lost-update", null), null, List.of(
                new Engines.Availability(EngineId.H2, TestEngines.engine(EngineId.H2), ""),
                new Engines.Availability(EngineId.MARIADB, java.util.Optional.empty(), "MariaDB needs a server")));
        assertEquals(2, c.runs().size());
        assertEquals("MariaDB needs a server", c.runs().get(1).unavailable());
        assertFalse(c.enginesDiffer(), "one engine that ran cannot differ from itself");
        assertEquals(6, c.rows().size());
    }
}
