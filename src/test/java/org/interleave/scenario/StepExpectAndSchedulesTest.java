// A step's `expect:` and the `schedules:` of a file: how they load, what a schedule naming steps makes of the lanes, and clear messages.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

public class StepExpectAndSchedulesTest {
    public static final Path FILE = Path.of("src/test/resources/scenarios-format/expect-and-schedules.yaml");

    static Scenario loaded() {
        LoadResult r = ScenarioLoader.load(FILE);
        assertEquals(List.of(), r.problems());
        return r.scenario();
    }

    private static List<String> problems(String text) {
        LoadResult result = ScenarioLoader.parse("broken.yaml", text);
        assertNull(result.scenario(), "a broken file must not load");
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static String withLanes(String t1Step, String t2Step, String tail) {
        return """
                id: x
                title: X
                setup:
                  - CREATE TABLE t (id INT PRIMARY KEY, v INT)
                lanes:
                  - id: T1
                    steps:
                      - id: read
                        sql: SELECT v FROM t WHERE id = 1
                """ + t1Step + """
                      - id: commit
                        sql: COMMIT
                  - id: T2
                    steps:
                      - id: read
                        sql: SELECT v FROM t WHERE id = 1
                """ + t2Step + """
                      - id: commit
                        sql: COMMIT
                """ + tail;
    }

    @Test
    void aStepsExpectationIsReadForEveryEngineOrPerEngine() {
        Scenario s = loaded();
        Step t1read = s.lane("T1").orElseThrow().step("read").orElseThrow();
        for (EngineId id : EngineId.values()) assertEquals("complete at once", t1read.expectationOn(id).orElseThrow().words());
        assertEquals("wait for T1", s.lane("T2").orElseThrow().step("read").orElseThrow().expectationOn(EngineId.POSTGRESQL).orElseThrow().words());

        LoadResult perEngine = ScenarioLoader.parse("e.yaml", withLanes("""
                        expect: { h2: completes, postgresql: { fails: "40p01" }, default: { waits: T2 } }
                """, "", "schedule: [T1, T2, T1, T2]\n"));
        assertEquals(List.of(), perEngine.problems());
        Step step = perEngine.scenario().lane("T1").orElseThrow().step("read").orElseThrow();
        assertEquals(StepExpectation.Kind.COMPLETES, step.expectationOn(EngineId.H2).orElseThrow().kind());
        assertEquals("fail with 40P01", step.expectationOn(EngineId.POSTGRESQL).orElseThrow().words(), "an SQLSTATE is kept in capitals");
        assertEquals("wait for T2", step.expectationOn(EngineId.MARIADB).orElseThrow().words(), "default serves the engines not named");
        assertTrue(step.expectationOn(EngineId.H2).orElseThrow().kind() != StepExpectation.Kind.FAILS);
    }

    @Test
    void aMistakeInAnExpectationIsToldAtItsLineAndColumnWithTheFix() {
        List<String> p = problems(withLanes("""
                        expect: complete
                """, """
                        expect: { postgres: { waits: T3 } }
                """, "schedule: [T1, T2, T1, T2]\n"));
        assertTrue(p.contains("broken.yaml:10:17: a step's `expect` should be `completes`, `waits`, `{ waits: T1 }`, `fails` or"
                + " `{ fails: \"40001\" }`, not `complete` (did you mean `completes`?)"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("broken.yaml:17:19: unknown engine `postgres` in a step's `expect` (did you mean `postgresql`?)")), p.toString());

        List<String> lanes = problems(withLanes("", """
                        expect: { waits: T3 }
                """, "schedule: [T1, T2, T1, T2]\n"));
        assertTrue(lanes.contains("broken.yaml:16:19: step `read` of lane T2 is expected to wait for `T3`, which is not a lane; lanes are T1, T2"),
                lanes.toString());
        List<String> state = problems(withLanes("", """
                        expect: { fails: serialization }
                """, "schedule: [T1, T2, T1, T2]\n"));
        assertTrue(state.get(0).startsWith("broken.yaml:16:26: `fails` takes an SQLSTATE such as \"40001\""), state.toString());
    }

    @Test
    void aScheduleNamingStepsGivesEachLaneThoseStepsInItsOrderRepeatsIncluded() {
        Scenario s = loaded();
        assertEquals(List.of("t1-first", "t2-first", "read-twice", "lanes-only"), s.scheduleNames());
        assertEquals("t1-first", s.defaultScheduleName().orElseThrow(), "without `schedule:` the first named one is the default");
        RunPlan twice = PlanBuilder.plan(s, null, "read-twice");
        assertEquals("read-twice", twice.scheduleName());
        assertEquals(List.of("read", "read", "commit"), twice.lane("T1").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(List.of("read", "commit"), twice.lane("T2").orElseThrow().steps().stream().map(Step::id).toList(), "T2.write is left out");
        assertEquals(List.of("T1", "T1", "T1", "T2", "T2"), twice.defaultSchedule());
        assertEquals(PlanBuilder.plan(s, null, "2"), PlanBuilder.plan(s, null, "t2-first"), "a schedule is also picked by its position");
        RunPlan lanes = PlanBuilder.plan(s, null, "lanes-only");
        assertEquals(3, lanes.lane("T2").orElseThrow().steps().size(), "a schedule of lanes keeps the steps as written");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PlanBuilder.plan(s, null, "t1-frist"));
        assertEquals("scenario expect-and-schedules has no schedule `t1-frist` (did you mean `t1-first`?); it has: t1-first, t2-first,"
                + " read-twice, lanes-only", unknown.getMessage());
    }

    @Test
    void aScheduleThatDoesNotFitTheLanesIsToldWhereItStands() {
        List<String> p = problems(withLanes("", "", """
                schedules:
                  typo: [T1.read, T2.reed, T1.commit, T2.commit]
                  mixed: [T1.read, T2, T1.commit, T2.commit]
                  no-t2: [T1.read, T1.commit]
                  open: [T1.read, T2.read, T1.commit]
                  too-long: [T1, T1, T1, T2, T2]
                  "two words": [T1, T2]
                """));
        assertTrue(p.contains("broken.yaml:19:19: schedule `typo` names step `T2.reed`, which lane T2 does not have (did you mean `read`?);"
                + " its steps are read, commit"), p.toString());
        assertTrue(p.contains("broken.yaml:20:20: schedule `mixed` names steps (such as `T1.read`) and also the lane `T2` alone; name a step"
                + " everywhere in it, e.g. `T2.read`"), p.toString());
        assertTrue(p.contains("broken.yaml:21:3: schedule `no-t2` names no step of lane T2; give it at least one, e.g. `T2.read`"), p.toString());
        assertTrue(p.contains("broken.yaml:22:3: lane T2 runs in a transaction but its last step is not COMMIT or ROLLBACK in schedule `open`;"
                + " end the schedule's steps of T2 with its COMMIT step"), p.toString());
        assertTrue(p.contains("broken.yaml:23:22: schedule gives lane T1 step 3, but it has only 2 steps in schedule `too-long`; remove this entry"),
                p.toString());
        assertTrue(p.contains("broken.yaml:24:3: schedule name `two words` should use only letters, digits, '-', '_' and '.'"), p.toString());
    }

    @Test
    void aProtectionRestatesWhatAKeptStepDoes() {
        Scenario s = ScenarioLibrary.builtIn().find("transfer-deadlock").orElseThrow();
        Step unprotected = PlanBuilder.plan(s, null).lane("T1").orElseThrow().step("credit").orElseThrow();
        assertEquals("wait for T2", unprotected.expectationOn(EngineId.H2).orElseThrow().words());
        Step sameOrder = PlanBuilder.plan(s, "same-order").lane("T1").orElseThrow().step("credit").orElseThrow();
        assertEquals("complete at once", sameOrder.expectationOn(EngineId.H2).orElseThrow().words());
        assertEquals(unprotected.sql(), sameOrder.sql(), "`expect:` in a protection keeps the step itself");
        List<String> p = problems(withLanes("", "", """
                schedule: [T1, T2, T1, T2]
                protections:
                  - id: p
                    title: P
                    steps:
                      T1:
                        - expect: raed
                          with: completes
                        - expect: read
                """));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("broken.yaml:24:11: lane T1 has no step `raed`")), p.toString());
        assertTrue(p.contains("broken.yaml:26:11: `expect: read` needs `with:`, what the step does under this protection, e.g. `with: completes`"
                + " or `with: { waits: T1 }` (`with: ~` for nothing)"), p.toString());
    }
}
