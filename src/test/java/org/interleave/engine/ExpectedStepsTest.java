// A step's expected answer compared with what H2 and PostgreSQL really did: met, or told in words beside the step.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.StepExpectAndSchedulesTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExpectedStepsTest {
    private static DatabaseEngine engine(EngineId id) {
        return id == EngineId.H2 ? TestEngines.h2() : TestEngines.postgres();
    }

    private static Scenario file() {
        return ScenarioLoader.load(StepExpectAndSchedulesTest.FILE).scenario();
    }

    private static List<String> sentences(RunRecord r) {
        return r.surprises().stream().map(s -> s.lane() + "." + s.stepId() + ": " + s.sentence()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void inTheOrderTheFileExpectsEveryStepDoesWhatItSays(EngineId id) throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(file(), null, "t1-first"), engine(id), null);
        assertEquals(List.of(), sentences(r));
        assertTrue(r.events().stream().anyMatch(e -> e.lane().equals("T2") && e.status() == StepStatus.WAITING), "T2's read really waited");
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void inTheOtherOrderBothReadsAreToldAtTheEventThatShowedIt(EngineId id) throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(file(), null, "t2-first"), engine(id), null);
        assertEquals(List.of("T2.read: expected to wait for T1, but completed at once",
                "T1.read: expected to complete at once, but waited for T2, then completed"), sentences(r));
        StepSurprise waited = r.surprises().get(1);
        RunEvent at = r.events().get(waited.sequence() - 1);
        assertEquals(StepStatus.COMPLETED, at.status(), "told at T1's answer after the wait");
        assertTrue(at.afterWait());
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void aRepeatedStepIsComparedEachTimeAndAStepLeftUnrunIsTold(EngineId id) throws Exception {
        RunRecord twice = RunRecord.execute(PlanBuilder.plan(file(), null, "read-twice"), engine(id), null);
        // T1 commits before T2 reads, so T2's read does not wait this time
        assertEquals(List.of("T2.read: expected to wait for T1, but completed at once"), sentences(twice));
        assertEquals(2, twice.events().stream().filter(e -> e.lane().equals("T1") && e.stepId().equals("read")).count());

        Scenario deadlock = ScenarioLibrary.builtIn().find("transfer-deadlock").orElseThrow();
        RunPlan stopped = PlanBuilder.plan(deadlock, null);
        List<RunEvent> firstTwo = RunRecord.execute(stopped, engine(id), null).events().subList(0, 2);
        List<StepSurprise> sofar = ExpectedSteps.surprises(stopped, id, firstTwo, false);
        assertEquals(List.of(), sofar, "while the run goes on, a step not yet issued is no difference");
        List<StepSurprise> ended = ExpectedSteps.surprises(stopped, id, firstTwo, true);
        assertEquals(List.of("expected to wait for T2, but it was not run", "expected to fail with " + (id == EngineId.H2 ? "40001" : "40P01")
                + ", but it was not run"), ended.stream().map(StepSurprise::sentence).toList());
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void aDeadlockVictimMeetsItsEnginesSqlStateAndAnotherStateIsTold(EngineId id) throws Exception {
        Scenario deadlock = ScenarioLibrary.builtIn().find("transfer-deadlock").orElseThrow();
        RunRecord r = RunRecord.execute(PlanBuilder.plan(deadlock, null), engine(id), null);
        assertEquals(List.of(), sentences(r));
        // the same run judged as if the file expected the other engine's code
        EngineId other = id == EngineId.H2 ? EngineId.POSTGRESQL : EngineId.H2;
        List<StepSurprise> asOther = ExpectedSteps.surprises(r.plan(), other, r.events(), true);
        String code = id == EngineId.H2 ? "40001" : "40P01";
        assertEquals(List.of("expected to fail with " + (id == EngineId.H2 ? "40P01" : "40001") + ", but failed with " + code + " (deadlock victim)"),
                asOther.stream().map(StepSurprise::sentence).toList());
    }
}
