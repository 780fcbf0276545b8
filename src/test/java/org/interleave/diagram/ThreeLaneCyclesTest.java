// Three lanes on H2 and PostgreSQL: a wait chain T3 → T2 → T1 and a three-way deadlock, told in the order the lanes waited.
package org.interleave.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThreeLaneCyclesTest {
    private static final Path FILE = Path.of("src/test/resources/scenarios-format/three-lanes.yaml");

    private static Scenario scenario() {
        var loaded = ScenarioLoader.load(FILE);
        assertEquals(List.of(), loaded.problems());
        return loaded.scenario();
    }

    private static DatabaseEngine engine(EngineId id) {
        return id == EngineId.H2 ? TestEngines.h2() : TestEngines.postgres();
    }

    private static List<String> deadlockWords(DiagramLayout layout) {
        return layout.shapes().stream().filter(s -> s instanceof Shape.Text t && t.role() == Role.DEADLOCK).map(s -> ((Shape.Text) s).text()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void aChainOfWaitsNamesEachHolderAndEveryLaneCommits(EngineId id) throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(scenario(), null, "chain"), engine(id), null);
        assertEquals(List.of(), r.surprises(), "T2 waits for T1 and T3 for T2, as the file expects");
        assertEquals(Map.of("T1", LaneState.COMMITTED, "T2", LaneState.COMMITTED, "T3", LaneState.COMMITTED), r.lanes());
        List<List<String>> waits = r.events().stream().filter(e -> e.status() == StepStatus.WAITING).map(RunEvent::waitingFor).toList();
        assertEquals(List.of(List.of("T1"), List.of("T2")), waits);
    }

    @ParameterizedTest
    @EnumSource(value = EngineId.class, names = {"H2", "POSTGRESQL"})
    void aThreeWayDeadlockIsToldAsItsCycleAndTheOtherTwoCommit(EngineId id) throws Exception {
        RunRecord r = RunRecord.execute(PlanBuilder.plan(scenario(), null, "deadlock"), engine(id), null);
        List<RunEvent> victims = r.events().stream().filter(e -> e.error() != null && e.error().kind() == ErrorKind.DEADLOCK).toList();
        assertEquals(1, victims.size(), "one victim breaks the cycle");
        // measured: PostgreSQL fails the statement that closes the cycle (T1's); H2 fails a lane already waiting in it (T3)
        String victim = id == EngineId.H2 ? "T3" : "T1";
        assertEquals(victim, victims.get(0).lane());
        assertEquals(2, r.lanes().values().stream().filter(s -> s == LaneState.COMMITTED).count());
        String words = String.join(" ", deadlockWords(new SequenceLayoutBuilder(new FixedWidthMeasurer()).layout(DiagramInput.of(r))));
        String cycle = id == EngineId.H2 ? "T3 waited for T2, T2 for T1 and T1 for T3" : "T1 waited for T3, T3 for T2 and T2 for T1";
        assertTrue(words.startsWith("⟲ deadlock: " + cycle + "; the database chose " + victim + " as the victim"), words);
    }

    @Test
    void twoLanesKeepTheirSentenceAndWaitsThatMakeNoChainToo() {
        assertEquals("⟲ deadlock: T2 waited for T1, and T1 for T2; the database chose T2 as the victim",
                StepWords.deadlockCycle("T2", List.of("T1"), Map.of("T1", List.of("T2"))));
        assertEquals("⟲ deadlock: T1 waited for T2 and T3, and T2 and T3 for T1; the database chose T1 as the victim",
                StepWords.deadlockCycle("T1", List.of("T2", "T3"), Map.of("T2", List.of("T1"), "T3", List.of("T1"))),
                "two lanes waiting for the victim and none for the other make no chain of three");
    }
}
