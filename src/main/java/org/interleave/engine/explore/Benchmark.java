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

    /** Explores the scenario once, untimed. */
    public void warmUp(Scenario scenario) throws Exception {
        explorer.explore(PlanBuilder.unprotected(scenario));
    }

    /** Explorations timed per scenario: orders per second is their median, as one exploration takes well under a second. */
    static final int ROUNDS = 5;

    public Result measure(Scenario scenario, int serialRepeats) throws Exception {
        RunPlan plan = PlanBuilder.unprotected(scenario);
        List<ExplorationRow> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) rounds.add(explorer.explore(plan));
        rounds.sort(java.util.Comparator.comparingLong(ExplorationRow::elapsedNanos));
        ExplorationRow row = rounds.get(ROUNDS / 2);
        List<String> serial = new ArrayList<>();
        for (Lane lane : plan.lanes()) for (int i = 0; i < lane.steps().size(); i++) serial.add(lane.id());
        List<Long> engineTimes = new ArrayList<>();
        List<Long> floorTimes = new ArrayList<>();
        try (LaneThreads threads = LaneThreads.reused()) {
            for (int i = 0; i < 2 * serialRepeats; i++) {
                // the first half warms both paths up (class loading, JIT); only the second half is timed
                long start = System.nanoTime();
                try (Run run = Run.start(plan, engine, RunListener.NONE, engine.waitPolicy(true), threads)) {
                    SchedulePlayer.play(run, serial);
                }
                long engineNanos = System.nanoTime() - start;
                long floorNanos = JdbcFloor.serialNanos(engine, plan, serial);
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

    /** Exploring a large space: orders per second and the heap in use at the end, to show memory stays bounded. */
    public record LargeResult(long orders, double seconds, double ordersPerSecond, long heapUsedMb, long heapMaxMb) {}

    /** Two lanes of {@code steps} steps each (C(2n, n) orders: 12,870 for 8), updating different rows, so no step waits. */
    public LargeResult large(int steps) throws Exception {
        StringBuilder yaml = new StringBuilder("""
                id: large
                title: Large space
                setup:
                  - CREATE TABLE counters (id INT PRIMARY KEY, v INT NOT NULL)
                  - INSERT INTO counters VALUES (1, 0), (2, 0)
                lanes:
                """);
        for (int lane = 1; lane <= 2; lane++) {
            yaml.append("  - id: T").append(lane).append("\n    steps:\n");
            for (int i = 1; i < steps; i++) yaml.append("      - UPDATE counters SET v = v + 1 WHERE id = ").append(lane).append("\n");
            yaml.append("      - COMMIT\n");
        }
        yaml.append("checks:\n  - { name: total, sql: SELECT SUM(v) FROM counters, expect: ").append(2 * (steps - 1)).append(" }\n");
        org.interleave.scenario.LoadResult loaded = org.interleave.scenario.ScenarioLoader.parse("large.yaml", yaml.toString());
        if (!loaded.ok()) throw new IllegalStateException("the large benchmark scenario does not load: " + loaded.problems());
        ExplorationRow row = explorer.explore(PlanBuilder.unprotected(loaded.scenario()));
        Runtime rt = Runtime.getRuntime();
        double seconds = row.elapsedNanos() / 1e9;
        return new LargeResult(row.orders(), seconds, row.orders() / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
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
