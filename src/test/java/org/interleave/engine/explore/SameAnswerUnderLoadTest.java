// An exploration gives the same answer on a busy machine as on an idle one: order counts, outcome groups and examples,
// for a scenario whose waits H2 reports (credits) and one where it names no holder (a duplicate key, timed).
package org.interleave.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interleave.TestEngines;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class SameAnswerUnderLoadTest {
    private static final List<String> SCENARIOS = List.of("account-duplicate-email", "credits-lost-update");

    /** What a user reads of an exploration, without its timings. */
    private static List<String> answers() throws Exception {
        Explorer explorer = Explorer.defaults(TestEngines.h2());
        List<String> answers = new ArrayList<>();
        for (String id : SCENARIOS) {
            Scenario s = ScenarioLibrary.builtIn().find(id).orElseThrow();
            List<String> protections = new ArrayList<>(List.of("none"));
            for (Protection p : s.protections()) protections.add(p.id());
            for (String protection : protections) {
                RunPlan plan = PlanBuilder.plan(s, protection);
                ExplorationRow r = explorer.explore(plan);
                answers.add(id + "/" + protection + ": orders " + r.orders() + ", anomalies " + r.anomalies() + ", safe " + r.safe()
                        + ", aborted " + r.aborted() + ", serialization failures " + r.serializationFailures() + ", deadlocks " + r.deadlocks()
                        + ", other errors " + r.otherErrors() + ", not serializable " + r.notSerializable() + ", unfinished " + r.unfinished()
                        + ", disagreements " + r.disagreements() + ", examples " + r.examples() + ", orders " + r.orderLists()
                        + ", groups " + r.groups());
            }
        }
        return answers;
    }

    @Test
    void everyCoreBusyChangesNothingAnExplorationFinds() throws Exception {
        List<String> idle = answers();
        AtomicBoolean spin = new AtomicBoolean(true);
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (spin.get()) x += System.nanoTime() % 7;
                if (x == 42) System.out.print("");
            }, "busy-core-" + i);
            t.setDaemon(true);
            t.start();
            spinners.add(t);
        }
        List<String> busy;
        try {
            busy = answers();
        } finally {
            spin.set(false);
            for (Thread t : spinners) t.join(5000);
        }
        for (int i = 0; i < idle.size(); i++) assertEquals(idle.get(i), busy.get(i), "the same exploration, idle and with every core busy");
    }
}
