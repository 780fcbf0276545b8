// Test fixture: real runs of built-in scenarios on H2, each run once per test JVM, plus snapshots of unfinished runs.
package org.interleave.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interleave.TestEngines;
import org.interleave.engine.Run;
import org.interleave.engine.RunListener;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.interleave.scenario.ScenarioLoader;

public final class Runs {
    private static final Map<String, RunRecord> CACHE = new ConcurrentHashMap<>();

    private Runs() {}

    public static Scenario scenario(String id) {
        return ScenarioLibrary.builtIn().find(id).orElseThrow(() -> new AssertionError("no built-in scenario " + id));
    }

    /** The finished run of a built-in scenario under a protection ("none" for none), with its default schedule. */
    public static RunRecord record(String scenarioId, String protection) {
        return CACHE.computeIfAbsent(scenarioId + "/" + protection, k -> execute(PlanBuilder.plan(scenario(scenarioId), protection)));
    }

    public static DiagramInput input(String scenarioId, String protection) {
        return DiagramInput.of(record(scenarioId, protection));
    }

    public static RunRecord execute(RunPlan plan) {
        try {
            return RunRecord.execute(plan, TestEngines.h2(), null);
        } catch (RunSetupException e) {
            throw new AssertionError(e);
        }
    }

    /** A scenario written in the test, run to its end. */
    public static RunRecord fromYaml(String yaml, String protection) {
        LoadResult loaded = ScenarioLoader.parse("test.yaml", yaml);
        if (!loaded.ok()) throw new AssertionError("test scenario does not load: " + loaded.problems());
        return execute(PlanBuilder.plan(loaded.scenario(), protection));
    }

    /** The diagram input of a run stopped after the given lanes took one step each, in order (no verdict). */
    public static DiagramInput snapshot(String scenarioId, String protection, List<String> steps) {
        RunPlan plan = PlanBuilder.plan(scenario(scenarioId), protection);
        try (Run run = Run.start(plan, TestEngines.h2(), RunListener.NONE)) {
            for (String lane : steps) {
                // a lane released from a wait is still finishing for a moment: let it, as the window's user would
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!run.canStep(lane) && System.nanoTime() < deadline) Thread.onSpinWait();
                run.step(lane);
            }
            return DiagramInput.of(run, null);
        } catch (RunSetupException e) {
            throw new AssertionError(e);
        }
    }
}
