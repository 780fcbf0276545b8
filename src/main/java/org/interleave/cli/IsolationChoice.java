// Applies --isolation LANE=LEVEL choices to a plan, with a clear message for an unknown lane or level.
package org.interleave.cli;

import java.util.Map;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.RunPlan;

final class IsolationChoice {
    private IsolationChoice() {}

    static RunPlan apply(RunPlan plan, Map<String, String> choices) {
        RunPlan result = plan;
        for (Map.Entry<String, String> e : choices.entrySet()) {
            if (result.lane(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("--isolation names lane `" + e.getKey() + "`; lanes are " + result.laneIds());
            }
            Isolation level = Isolation.parse(e.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown isolation level `" + e.getValue() + "`; use one of " + Isolation.choices()));
            result = result.withIsolation(e.getKey(), level);
        }
        return result;
    }
}
