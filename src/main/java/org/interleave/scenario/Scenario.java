// A scenario as written in its file: the story, setup, lanes, default schedule, checks and protections.
package org.interleave.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public record Scenario(
        String id,
        String title,
        String story,
        String phenomenon,
        Source source,
        List<EngineSql> setup,
        List<Lane> lanes,
        List<ScheduleEntry> schedule,
        List<Check> checks,
        Map<EngineId, Outcome> expect,
        String caveat,
        List<Protection> protections,
        String file) {

    public Optional<Protection> protection(String protectionId) {
        return protections.stream().filter(p -> p.id().equals(protectionId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }
}
