// One step of a compared schedule: the lane's step and each engine's outcome, marked when the engines differ.
package org.interleave.engine.compare;

import java.util.Map;
import org.interleave.scenario.EngineId;

/** @param sql the step's text for display (each engine may run its own variant) */
public record StepRow(int position, String lane, int stepIndex, String stepId, String sql, Map<EngineId, StepOutcome> outcomes,
        boolean differs) {}
