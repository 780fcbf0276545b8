// Judges an order by its final data alone: is it what running the committed lanes one after another would give?
package org.interleave.engine.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.TableSnapshot;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;

final class SerialOracle {
    private final RunPlan plan;
    private final OrderRunner runner;
    private final Map<List<String>, List<TableSnapshot>> serialStates = new ConcurrentHashMap<>();

    SerialOracle(RunPlan plan, OrderRunner runner) {
        this.plan = plan;
        this.runner = runner;
    }

    /**
     * Empty when some serial order of the lanes that committed (the others left out, as if they never ran) gives
     * the same final data; otherwise the rows that differ from the first serial order.
     */
    Optional<String> judge(OrderResult result) throws RunSetupException {
        List<String> committed = new ArrayList<>();
        for (Map.Entry<String, LaneState> e : result.lanes().entrySet()) {
            if (e.getValue() == LaneState.COMMITTED || e.getValue() == LaneState.CRASHED) committed.add(e.getKey());
        }
        // Serial orders one at a time, stopping at the first match: never all n! of them in memory.
        ScheduleSpace serialOrders = new ScheduleSpace(committed, committed.stream().map(l -> 1).toList());
        List<String> first = null;
        for (List<String> order : serialOrders) {
            if (first == null) first = order;
            if (serialState(order).equals(result.finalData())) return Optional.empty();
        }
        if (first == null) first = List.of();
        return Optional.of(DataDiff.describe(result.finalData(), serialState(first), first.isEmpty() ? "no lane committing"
                : String.join(" then ", first)));
    }

    private List<TableSnapshot> serialState(List<String> order) throws RunSetupException {
        List<TableSnapshot> known = serialStates.get(order);
        if (known != null) return known;
        List<Lane> lanes = new ArrayList<>();
        List<String> schedule = new ArrayList<>();
        for (String laneId : order) {
            Lane lane = plan.lane(laneId).orElseThrow();
            lanes.add(lane);
            for (int i = 0; i < lane.steps().size(); i++) schedule.add(laneId);
        }
        RunPlan serial = new RunPlan(plan.scenario(), plan.protection(), plan.setup(), List.copyOf(lanes), List.of(), List.of(),
                plan.expect(), plan.caveat());
        List<TableSnapshot> state = runner.run(serial, schedule).finalData();
        serialStates.put(order, state);
        return state;
    }
}
