// The plans the matrix explores: no protection and each protection, with the lanes' isolation picks of the window applied.
package org.interleave.ui.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.Lane;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;

final class ExplorationPlans {
    private ExplorationPlans() {}

    /**
     * Applies {@code isolation} (lane id to level) to every row, as the window applies it to the plan it steps, with
     * the lanes' steps of the named schedule {@code scheduleName} (null: the default one).
     */
    static List<RunPlan> of(Scenario s, String scheduleName, Map<String, Isolation> isolation) {
        List<String> ids = new ArrayList<>();
        ids.add(RunPlan.UNPROTECTED);
        for (Protection p : s.protections()) ids.add(p.id());
        List<RunPlan> plans = new ArrayList<>();
        for (String id : ids) {
            RunPlan plan = PlanBuilder.plan(s, id, scheduleName);
            for (Map.Entry<String, Isolation> e : isolation.entrySet()) {
                if (plan.lane(e.getKey()).isPresent()) plan = plan.withIsolation(e.getKey(), e.getValue());
            }
            plans.add(plan);
        }
        return List.copyOf(plans);
    }

    /** The matrix line for a plan before it is explored. */
    static MatrixRow pendingRow(RunPlan plan) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (Lane lane : plan.lanes()) levels.put(lane.id(), lane.isolation().sqlName());
        return new MatrixRow(plan.protectionId(), plan.protectionTitle(), java.util.Collections.unmodifiableMap(levels), null, null);
    }
}
