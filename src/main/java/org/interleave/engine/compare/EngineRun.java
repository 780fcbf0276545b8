// One engine's part of a comparison: its run of the schedule, or why it could not take part.
package org.interleave.engine.compare;

import org.interleave.engine.RunRecord;
import org.interleave.scenario.EngineId;

/**
 * @param name        the engine's display name, or its product name when it is not available
 * @param record      the run, or null when the engine is not available or the run could not be set up
 * @param unavailable why there is no run, or null
 */
public record EngineRun(EngineId id, String name, RunRecord record, String unavailable) {
    public boolean ran() {
        return record != null;
    }
}
