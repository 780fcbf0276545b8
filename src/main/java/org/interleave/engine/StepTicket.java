// One issued step of a lane, from the moment it is sent until the database answers.
package org.interleave.engine;

import java.util.Map;
import org.interleave.scenario.Step;

final class StepTicket {
    final int stepIndex;
    final Step step;
    final String sql;
    final Map<String, String> binds;
    final long startNanos = System.nanoTime();
    /** Guarded by the Run: set when the worker recorded the final event. */
    RunEvent finalEvent;
    /** Guarded by the Run: the step was reported as waiting before it finished. */
    boolean reportedWaiting;

    StepTicket(int stepIndex, Step step, String sql, Map<String, String> binds) {
        this.stepIndex = stepIndex;
        this.step = step;
        this.sql = sql;
        this.binds = binds;
    }

    boolean finished() {
        return finalEvent != null;
    }
}
