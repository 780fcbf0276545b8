// Measures exploration speed on the built-in scenarios: orders per second, wait detection time, and the JDBC floor ratio.
package org.interleave.engine.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.LaneThreads;
import org.interleave.engine.Run;
import org.interleave.engine.RunListener;
import org.interleave.engine.SchedulePlayer;
import org.interleave.scenario.Lane;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;

public final class Benchmark {
    /** One scenario's numbers. Times in milliseconds. */
    public record Result(String scenario, int orders, double seconds, double ordersPerSecond, double waitMedianMs, double waitP99Ms,
            int waits, double answerMedianMs, double answerP99Ms, double engineSerialMs, double floorSerialMs, double floorRatio) {}

    private final DatabaseEngine engine;
    private final Explorer explorer;

    public Benchmark(DatabaseEngine engine, Explorer explorer) {
        this.engine = engine;
        this.explorer = explorer;
    }

    public Result measure(Scenario scenario, int serialRepeats) throws Exception {
        RunPlan plan = PlanBuilder.unprotected(scenario);
        ExplorationRow row = explorer.explore(plan);
        List<String> serial = new ArrayList<>();
        for (Lane lane : plan.lanes()) for (int i = 0; i < lane.steps().size(); i++) serial.add(lane.id());
        List<Long> engineTimes = new ArrayList<>();
        List<Long> floorTimes = new ArrayList<>();
        try (LaneThreads threads = LaneThreads.reused()) {
            for (int i = 0; i < 2 * serialRepeats; i++) {
                // the first half warms both paths up (class loading, JIT); only the second half is timed
                long start = System.nanoTime();
                try (Run run = Run.start(plan, engine, RunListener.NONE, Explorer.EXPLORING, threads)) {
                    SchedulePlayer.play(run, serial);
                }
                long engineNanos = System.nanoTime() - start;
                long floorNanos = JdbcFloor.serialNanos(plan, serial);
                if (i >= serialRepeats) {
                    engineTimes.add(engineNanos);
                    floorTimes.add(floorNanos);
                }
            }
        }
        double seconds = row.elapsedNanos() / 1e9;
        double engineMs = median(engineTimes) / 1e6;
        double floorMs = median(floorTimes) / 1e6;
        return new Result(scenario.id(), row.orders(), seconds, row.requested().intValue() / seconds,
                median(row.waitNanos()) / 1e6, percentile(row.waitNanos(), 0.99) / 1e6, row.waitNanos().size(),
                median(row.answerNanos()) / 1e6, percentile(row.answerNanos(), 0.99) / 1e6, engineMs, floorMs, engineMs / floorMs);
    }

    static double median(List<Long> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index);
    }
}
