// A PostgreSQL isolation spec read as a scenario: sessions as lanes that go on after errors, permutations as named
// schedules, and every mistake told at the spec's own line and column.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

public class SpecLoadTest {
    public static final Path SPECS = Path.of("src/test/resources/specs");

    private static List<String> problems(String spec) {
        LoadResult r = ScenarioLoader.parse("broken.spec", spec);
        assertNull(r.scenario(), "a broken spec must not load");
        return r.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void sessionsBecomeLanesThatGoOnAfterAnErrorAndPermutationsNamedSchedules() {
        LoadResult r = ScenarioLoader.load(SPECS.resolve("doctors-write-skew.spec"));
        assertEquals(List.of(), r.problems());
        Scenario s = r.scenario();
        assertEquals("doctors-write-skew", s.id());
        assertEquals(List.of("alice", "bob"), s.lanes().stream().map(Lane::id).toList());
        Lane alice = s.lane("alice").orElseThrow();
        assertEquals(OnError.CONTINUE, alice.onError());
        assertTrue(!alice.transactional(), "a session starts in autocommit; its setup's BEGIN opens the transaction");
        assertEquals(List.of("setup", "a_check", "a_leave", "a_commit"), alice.steps().stream().map(Step::id).toList());
        assertEquals(StepKind.BEGIN, alice.steps().get(0).kind());
        assertEquals(2, s.setup().size(), "the setup block's two statements");
        assertEquals(new Pos(5, 3), s.setup().get(0).pos(), "each statement keeps its place in the spec");
        assertEquals(List.of("permutation-1", "permutation-2"), s.scheduleNames());
        RunPlan second = PlanBuilder.plan(s, null, "2");
        assertEquals(List.of("alice.setup", "bob.setup", "alice.a_check", "alice.a_leave", "alice.a_commit", "bob.b_check", "bob.b_leave",
                "bob.b_commit"), second.schedule().stream().map(ScheduleEntry::written).toList(), "every session's setup runs first");
    }

    @Test
    void aBlockOfSeveralStatementsIsOneStepAndAnnotationsAreRead() {
        LoadResult r = ScenarioLoader.parse("two.spec", """
                setup { CREATE TABLE t (id INT PRIMARY KEY, v INT); INSERT INTO t VALUES (1, 0); }
                session s1
                step s1a { UPDATE t SET v = 1 WHERE id = 1; SELECT v FROM t; }
                session s2
                step s2a { UPDATE t SET v = 2 WHERE id = 1; }
                permutation s1a s2a(s1a) "s1a"
                """);
        assertEquals(List.of(), r.problems());
        Step s1a = r.scenario().lane("s1").orElseThrow().steps().get(0);
        assertEquals(List.of("s1a"), r.scenario().lane("s1").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(StepKind.BLOCK, s1a.kind());
        assertEquals("UPDATE t SET v = 1 WHERE id = 1; SELECT v FROM t", s1a.sql().anyText());
        RunPlan p = PlanBuilder.plan(r.scenario(), null, "permutation-1");
        assertEquals(List.of("s1.s1a", "s2.s2a", "s1.s1a"), p.schedule().stream().map(ScheduleEntry::written).toList());
        assertTrue(r.scenario().schedules().size() == 1 && r.scenario().lanes().size() == 2);
    }

    @Test
    void aBlockThatSteersItsTransactionIsStepsInARow() {
        LoadResult r = ScenarioLoader.parse("begins.spec", """
                setup { CREATE TABLE t (id INT PRIMARY KEY, v INT); INSERT INTO t VALUES (1, 0); }
                session s1
                step s1a { BEGIN; UPDATE t SET v = 1 WHERE id = 1; }
                step s1c { COMMIT; }
                session s2
                step s2a { SELECT v FROM t; }
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("s1a", "s1a-2", "s1c"), r.scenario().lane("s1").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(StepKind.BEGIN, r.scenario().lane("s1").orElseThrow().steps().get(0).kind());
    }

    @Test
    void aMistakeIsToldAtItsPlaceInTheSpec() {
        assertEquals(List.of("broken.spec:4:13: the permutation names step `s1x`, which no session has; the steps are s1a, s1b"), problems("""
                session s1
                step s1a { SELECT 1; }
                step s1b { SELECT 2; }
                permutation s1x s1b
                """));
        assertEquals(List.of("broken.spec:2:10: this SQL block has no closing `}`"), problems("session s1\nstep s1a { SELECT 1;\n"));
        List<String> refused = problems("""
                session s1
                step s1a { SELECT 1; }
                step s1b { VACUUM t; }
                """);
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("broken.spec:3:12: SQL refused"), refused.toString());
        assertEquals(List.of("broken.spec:1:1: expected setup { ... }, teardown { ... }, session NAME or permutation here, not `sesion`"),
                problems("sesion s1\nstep s1a { SELECT 1; }\n"));
    }
}
