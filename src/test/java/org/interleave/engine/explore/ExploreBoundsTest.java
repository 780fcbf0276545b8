// Steps a scenario pins with `explore: first/last` (a spec session's setup and teardown) open and close every explored
// order; only the rest is ordered, as isolationtester runs its setups before every permutation.
package org.interleave.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Problem;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ExploreBoundsTest {
    private static final String PINNED = """
            id: pinned
            title: Pinned
            setup:
              - CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL)
              - INSERT INTO t VALUES (1, 0)
            lanes:
              - id: T1
                mode: autocommit
                steps:
                  - { id: begin, sql: BEGIN }
                  - { id: add, sql: UPDATE t SET v = v + 1 WHERE id = 1 }
                  - { id: commit, sql: COMMIT }
              - id: T2
                mode: autocommit
                steps:
                  - { id: begin, sql: BEGIN }
                  - { id: read, sql: SELECT v FROM t WHERE id = 1 }
                  - { id: commit, sql: COMMIT }
                  - { id: look, sql: SELECT v FROM t WHERE id = 1 }
            explore:
              first: [T1.begin, T2.begin]
              last: [T2.look]
            """;

    private static LoadResult load(String yaml) {
        return ScenarioLoader.parse("pinned.yaml", yaml);
    }

    @Test
    void onlyTheStepsBetweenArePermuted() throws Exception {
        LoadResult r = load(PINNED);
        assertEquals(List.of(), r.problems());
        RunPlan plan = PlanBuilder.plan(r.scenario(), null);
        assertEquals(BigInteger.valueOf(6), Explorer.ordersOf(plan), "T1's add and commit with T2's read and commit: 4!/(2!2!)");
        ExplorationRow row = Explorer.defaults(TestEngines.h2()).explore(plan);
        assertEquals(6, row.orders());
        for (List<String> order : row.orderLists().values().stream().flatMap(List::stream).toList()) {
            assertEquals(List.of("T1", "T2"), order.subList(0, 2), "both BEGINs first: " + order);
            assertEquals("T2", order.get(order.size() - 1), "T2's look last: " + order);
        }
    }

    @Test
    void aSpecExploresItsStepsWithEverySessionsSetupFirst() {
        LoadResult r = ScenarioLoader.load(Path.of("src/test/resources/specs/doctors-write-skew.spec"));
        assertEquals(List.of(), r.problems());
        assertEquals(BigInteger.valueOf(20), Explorer.ordersOf(PlanBuilder.plan(r.scenario(), null)), "three steps a session, setups pinned");
    }

    @Test
    void entriesThatAreNotALanesFirstOrLastStepsAreToldAtTheirPlace() {
        List<String> problems = load(PINNED.replace("first: [T1.begin, T2.begin]", "first: [T1.add, T3]")
                .replace("last: [T2.look]", "last: [T2.read]")).problems().stream().map(Problem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("pinned\\.yaml:\\d+:\\d+: explore `first` names T1.add, but T1's step 1 is `begin`; `first`"
                + " lists each lane's first steps, in their order"), problems.get(0));
        assertTrue(problems.get(1).endsWith("explore `first` names lane T3, which the scenario does not have"), problems.get(1));
        assertTrue(problems.get(2).endsWith("explore `last` names T2.read, but it is not among T2's last steps after its `first` ones;"
                + " `last` lists each lane's last steps, in their order"), problems.get(2));
    }
}
