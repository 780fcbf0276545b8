// Measures exploration speed: orders per second cold and warm, wait detection times, and the engine against plain JDBC.
package org.interleave.engine.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.LaneThreads;
import org.interleave.scenario.Lane;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLoader;

/**
 * Every figure is taken after a warm-up on scenarios of its own (a large space with no waits, and one where every
 * order waits), so that no built-in scenario pays for the JVM's start. Times are wall-clock, on this machine.
 */
public final class Benchmark {
    /**
     * One scenario's numbers; times in milliseconds.
     *
     * @param coldOrdersPerSecond   its first exploration in the process (the code is warm, the scenario's statements are new)
     * @param warmOrdersPerSecond   the median of the next {@link #ROUNDS} explorations
     * @param serialOrdersPerSecond the engine running the scenario's serial orders (lane after lane, so none waits) in
     *                              {@link #THREADS} threads, checks and final snapshot included, as explored
     * @param ceilingOrdersPerSecond the same orders, statements, checks and snapshot straight over JDBC in as many threads
     */
    public record Result(String scenario, int orders, double coldOrdersPerSecond, double warmOrdersPerSecond, int waits,
            double waitP50Ms, double waitP99Ms, double answerP50Ms, double answerP99Ms, int serialOrders,
            double serialOrdersPerSecond, double ceilingOrdersPerSecond, double ceilingRatio) {}

    /** How long the engine takes to tell that a step waits (from issuing it to the WAITING answer), over every scenario. */
    public record WaitDetection(int waits, double p50Ms, double p99Ms) {}

    /** Exploring a large space: the median of {@link #LARGE_ROUNDS} explorations, and the heap in use at the end. */
    public record LargeResult(int steps, long orders, double seconds, double ordersPerSecond, long heapUsedMb, long heapMaxMb) {}

    /** Warm explorations timed per scenario. */
    static final int ROUNDS = 5;
    static final int LARGE_ROUNDS = 3;
    /** Orders run at once when the engine is compared with plain JDBC, on both sides. */
    public static final int THREADS = 2;

    private final DatabaseEngine engine;
    private final Explorer explorer;
    private final List<Long> allWaits = Collections.synchronizedList(new ArrayList<>());

    public Benchmark(DatabaseEngine engine, Explorer explorer) {
        this.engine = engine;
        this.explorer = explorer;
    }

    /** Explores the warm-up scenarios, untimed: a space of 924 orders with no waits, then one where orders wait. */
    public void warmUp() throws Exception {
        explorer.explore(PlanBuilder.unprotected(largeSpace(6)));
        explorer.explore(PlanBuilder.unprotected(load("warm-up.yaml", """
                id: warm-up
                title: Two updates of one row
                setup:
                  - CREATE TABLE counters (id INT PRIMARY KEY, v INT NOT NULL)
                  - INSERT INTO counters VALUES (1, 0)
                lanes:
                  - id: T1
                    steps: [ "SELECT v FROM counters WHERE id = 1", "UPDATE counters SET v = v + 1 WHERE id = 1", COMMIT ]
                  - id: T2
                    steps: [ "SELECT v FROM counters WHERE id = 1", "UPDATE counters SET v = v + 1 WHERE id = 1", COMMIT ]
                checks:
                  - { name: total, sql: SELECT SUM(v) FROM counters, expect: 2 }
                """)));
    }

    public Result measure(Scenario scenario, int serialRepeats) throws Exception {
        RunPlan plan = PlanBuilder.unprotected(scenario);
        ExplorationRow cold = explorer.explore(plan);
        List<ExplorationRow> rounds = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ExplorationRow row = explorer.explore(plan);
            rounds.add(row);
            waits.addAll(row.waitNanos());
            answers.addAll(row.answerNanos());
        }
        allWaits.addAll(waits);
        rounds.sort(java.util.Comparator.comparingLong(ExplorationRow::elapsedNanos));
        ExplorationRow warm = rounds.get(ROUNDS / 2);
        List<List<String>> serial = serialOrders(plan);
        double engineRate;
        try (LaneThreads threads = LaneThreads.reused()) {
            OrderRunner runner = new OrderRunner(engine, engine.waitPolicy(true), threads);
            engineRate = serialRate(serial, serialRepeats, order -> runner.run(plan, order));
        }
        var tables = new java.util.concurrent.atomic.AtomicReference<List<org.interleave.engine.TableShape>>();
        double ceilingRate = serialRate(serial, serialRepeats, order -> JdbcCeiling.serialOrderNanos(engine, plan, order, tables));
        return new Result(scenario.id(), warm.orders(), rate(cold), rate(warm), waits.size() / ROUNDS, ms(percentile(waits, 0.5)),
                ms(percentile(waits, 0.99)), ms(percentile(answers, 0.5)), ms(percentile(answers, 0.99)), serial.size(),
                engineRate, ceilingRate, engineRate / ceilingRate);
    }

    /**
     * Reading what the database holds (the Inside-the-database panel, run --inside) after a step, over every step read;
     * {@code lookP50Ms}/{@code lookP99Ms}: the engine's own look after each step of a watched run (see Run#watchBetweenSteps).
     */
    public record InsideReading(int readings, double p50Ms, double p99Ms, double lookP50Ms, double lookP99Ms) {}

    /**
     * Plays each scenario's story {@value #ROUNDS} times, reading what the database holds after every step as the
     * window does, and times those readings alone.
     */
    public InsideReading insideReading(List<Scenario> scenarios) throws Exception {
        List<Long> readings = new ArrayList<>();
        List<Long> looks = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            RunPlan plan = PlanBuilder.unprotected(scenario);
            for (int round = 0; round < ROUNDS; round++) {
                try (org.interleave.engine.Run run = org.interleave.engine.Run.start(plan, engine, org.interleave.engine.RunListener.NONE)) {
                    run.watchBetweenSteps(); // as the window's runs are: the engine's look after each step is then paid too
                    org.interleave.engine.SchedulePlayer.play(run, org.interleave.engine.SchedulePlayer.completed(plan.defaultSchedule(), run), lane -> {
                        looks.add(run.lastWatchLookNanos());
                        long start = System.nanoTime();
                        run.inside();
                        readings.add(System.nanoTime() - start);
                    });
                }
            }
        }
        return new InsideReading(readings.size(), ms(percentile(readings, 0.5)), ms(percentile(readings, 0.99)),
                ms(percentile(looks, 0.5)), ms(percentile(looks, 0.99)));
    }

    /** Wait detection over every scenario measured so far. */
    public WaitDetection waitDetection() {
        List<Long> waits;
        synchronized (allWaits) {
            waits = new ArrayList<>(allWaits);
        }
        return new WaitDetection(waits.size(), ms(percentile(waits, 0.5)), ms(percentile(waits, 0.99)));
    }

    /** Two lanes of {@code steps} steps each (C(2n, n) orders: 12,870 for 8), updating different rows, so no step waits. */
    public LargeResult large(int steps) throws Exception {
        RunPlan plan = PlanBuilder.unprotected(largeSpace(steps));
        List<ExplorationRow> rounds = new ArrayList<>();
        for (int i = 0; i < LARGE_ROUNDS; i++) rounds.add(explorer.explore(plan));
        rounds.sort(java.util.Comparator.comparingLong(ExplorationRow::elapsedNanos));
        ExplorationRow row = rounds.get(LARGE_ROUNDS / 2);
        Runtime rt = Runtime.getRuntime();
        double seconds = row.elapsedNanos() / 1e9;
        return new LargeResult(steps, row.orders(), seconds, row.orders() / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private static Scenario largeSpace(int steps) {
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
        return load("large.yaml", yaml.toString());
    }

    private static Scenario load(String file, String yaml) {
        LoadResult loaded = ScenarioLoader.parse(file, yaml);
        if (!loaded.ok()) throw new IllegalStateException("a benchmark scenario does not load: " + loaded.problems());
        return loaded.scenario();
    }

    /** Every order that runs the lanes one after another, whole: none of them waits. */
    static List<List<String>> serialOrders(RunPlan plan) {
        List<List<String>> orders = new ArrayList<>();
        permute(new ArrayList<>(plan.lanes()), 0, orders);
        return orders;
    }

    private static void permute(List<Lane> lanes, int from, List<List<String>> out) {
        if (from == lanes.size()) {
            List<String> order = new ArrayList<>();
            for (Lane lane : lanes) for (int i = 0; i < lane.steps().size(); i++) order.add(lane.id());
            out.add(List.copyOf(order));
            return;
        }
        for (int i = from; i < lanes.size(); i++) {
            Collections.swap(lanes, from, i);
            permute(lanes, from + 1, out);
            Collections.swap(lanes, from, i);
        }
    }

    @FunctionalInterface
    private interface OrderWork {
        void run(List<String> order) throws Exception;
    }

    /** Orders per second of {@code work} over the serial orders, taken in turn, in {@link #THREADS} threads; after an untimed quarter. */
    private static double serialRate(List<List<String>> orders, int count, OrderWork work) throws Exception {
        runInThreads(orders, Math.max(1, count / 4), work);
        long start = System.nanoTime();
        runInThreads(orders, count, work);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static void runInThreads(List<List<String>> orders, int count, OrderWork work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "interleave-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) work.run(orders.get(i % orders.size()));
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double rate(ExplorationRow row) {
        return row.requested().doubleValue() / (row.elapsedNanos() / 1e9);
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index);
    }
}
