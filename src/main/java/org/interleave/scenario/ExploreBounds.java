// Steps every explored order runs first and last (a spec session's setup and teardown), so that exploring orders only the rest.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * @param first steps run before every other step, in this order; each is its lane's next leading step
 * @param last  steps run after every other step, in this order; each is among its lane's trailing steps
 */
public record ExploreBounds(List<ScheduleEntry> first, List<ScheduleEntry> last, Pos pos) {
    public static final ExploreBounds NONE = new ExploreBounds(List.of(), List.of(), Pos.UNKNOWN);

    /** The pinned part of an exploration of {@code lanes}: the lane picks that open and close every order, and what is left free. */
    public record Pinned(List<String> firstLanes, List<String> lastLanes, List<Integer> freeCounts) {}

    public boolean isEmpty() {
        return first.isEmpty() && last.isEmpty();
    }

    /**
     * How exploring {@code lanes} is pinned; empty when the entries do not name each lane's leading and trailing
     * steps there (a protection that changed those steps), and then nothing is pinned. Also tells what is wrong.
     */
    public Optional<Pinned> pin(List<Lane> lanes, java.util.function.BiConsumer<Pos, String> problem) {
        boolean[] wrong = {false};
        java.util.function.BiConsumer<Pos, String> tell = (at, why) -> {
            wrong[0] = true;
            problem.accept(at, why);
        };
        Map<String, Lane> byId = new HashMap<>();
        for (Lane lane : lanes) byId.put(lane.id(), lane);
        Map<String, Integer> leading = new HashMap<>();
        Map<String, Integer> trailing = new HashMap<>();
        List<String> firstLanes = new ArrayList<>();
        for (ScheduleEntry e : first) {
            Lane lane = byId.get(e.lane());
            if (lane == null) {
                tell.accept(e.pos(), "explore `first` names lane " + e.lane() + ", which the scenario does not have");
                continue;
            }
            int at = leading.merge(e.lane(), 1, Integer::sum) - 1;
            if (at >= lane.steps().size() || e.step() != null && !lane.steps().get(at).id().equals(e.step())) {
                tell.accept(e.pos(), "explore `first` names " + e.written() + ", but " + lane.id() + "'s step " + (at + 1) + " is "
                        + (at < lane.steps().size() ? "`" + lane.steps().get(at).id() + "`" : "missing")
                        + "; `first` lists each lane's first steps, in their order");
                continue;
            }
            firstLanes.add(e.lane());
        }
        List<String> lastLanes = new ArrayList<>();
        Map<String, Integer> lastOfLane = new HashMap<>();
        for (ScheduleEntry e : last) lastOfLane.merge(e.lane(), 1, Integer::sum);
        for (ScheduleEntry e : last) {
            Lane lane = byId.get(e.lane());
            if (lane == null) {
                tell.accept(e.pos(), "explore `last` names lane " + e.lane() + ", which the scenario does not have");
                continue;
            }
            int fromEnd = lastOfLane.get(e.lane()) - trailing.merge(e.lane(), 1, Integer::sum);
            int at = lane.steps().size() - 1 - fromEnd;
            if (at < leading.getOrDefault(e.lane(), 0) || e.step() != null && !lane.steps().get(at).id().equals(e.step())) {
                tell.accept(e.pos(), "explore `last` names " + e.written() + ", but it is not among " + lane.id() + "'s last steps after its"
                        + " `first` ones; `last` lists each lane's last steps, in their order");
                continue;
            }
            lastLanes.add(e.lane());
        }
        if (wrong[0]) return Optional.empty();
        List<Integer> free = new ArrayList<>();
        for (Lane lane : lanes) free.add(lane.steps().size() - leading.getOrDefault(lane.id(), 0) - trailing.getOrDefault(lane.id(), 0));
        return Optional.of(new Pinned(List.copyOf(firstLanes), List.copyOf(lastLanes), List.copyOf(free)));
    }
}
