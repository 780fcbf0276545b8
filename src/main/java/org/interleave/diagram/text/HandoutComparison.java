// Runs the scenario's other variants for the handout's "with and without the protection" comparison.
package org.interleave.diagram.text;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;

public final class HandoutComparison {
    private HandoutComparison() {}

    /**
     * For a protected plan: the unprotected run. For the unprotected plan: a run under each protection. Each runs
     * {@code schedule} (or its plan's own default when null) on a fresh database; a variant that cannot be set up is
     * left out.
     */
    public static List<RunRecord> others(RunPlan current, DatabaseEngine engine, List<String> schedule) {
        Scenario scenario = current.scenario();
        List<RunPlan> plans = new ArrayList<>();
        if (current.protection() != null) {
            plans.add(PlanBuilder.unprotected(scenario));
        } else {
            for (Protection p : scenario.protections()) plans.add(PlanBuilder.plan(scenario, p.id()));
        }
        List<RunRecord> runs = new ArrayList<>();
        for (RunPlan plan : plans) {
            try {
                runs.add(RunRecord.execute(plan, engine, schedule));
            } catch (RunSetupException e) {
                // a variant that cannot even be set up has nothing to compare; the handout shows the others
            }
        }
        return runs;
    }
}
