// A scenario as written in its file: the story, setup, lanes, default and named schedules, checks and protections.
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
        List<NamedSchedule> schedules,
        List<Check> checks,
        Map<EngineId, Outcome> expect,
        String caveat,
        List<Protection> protections,
        String file,
        ExploreBounds explore,
        List<QuizQuestion> quiz) {

    public Scenario(String id, String title, String story, String phenomenon, Source source, List<EngineSql> setup, List<Lane> lanes,
            List<ScheduleEntry> schedule, List<NamedSchedule> schedules, List<Check> checks, Map<EngineId, Outcome> expect, String caveat,
            List<Protection> protections, String file) {
        this(id, title, story, phenomenon, source, setup, lanes, schedule, schedules, checks, expect, caveat, protections, file, ExploreBounds.NONE,
                List.of());
    }

    /** The scenario's own questions asked before the lane's step {@code stepId} runs, under the protection {@code protectionId}. */
    public List<QuizQuestion> questionsBefore(String laneId, String stepId, String protectionId) {
        return quiz.stream().filter(q -> q.step().lane().equals(laneId) && stepId.equals(q.step().step())
                && q.protection().equals(protectionId)).toList();
    }

    public Optional<Protection> protection(String protectionId) {
        return protections.stream().filter(p -> p.id().equals(protectionId)).findFirst();
    }

    /**
     * A named schedule by its name, or by its position from 1 (as isolationtester numbers a spec's permutations).
     */
    public Optional<NamedSchedule> schedule(String nameOrPosition) {
        Optional<NamedSchedule> byName = schedules.stream().filter(s -> nameOrPosition.equals(s.name())).findFirst();
        if (byName.isPresent() || !nameOrPosition.matches("[0-9]{1,4}")) return byName;
        int at = Integer.parseInt(nameOrPosition);
        return at >= 1 && at <= schedules.size() ? Optional.of(schedules.get(at - 1)) : Optional.empty();
    }

    /** The name of the default schedule when it is one of the named ones (a file with `schedules:` but no `schedule:`). */
    public Optional<String> defaultScheduleName() {
        return schedules.stream().filter(s -> s.entries() == schedule).map(NamedSchedule::name).findFirst();
    }

    public List<String> scheduleNames() {
        return schedules.stream().map(NamedSchedule::name).toList();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }
}
