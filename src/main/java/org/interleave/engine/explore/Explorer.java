// Runs every order of a plan's steps for real, several at once on separate databases, and tallies the outcomes.
package org.interleave.engine.explore;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.LaneThreads;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.WaitPolicy;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;

public final class Explorer {
    private final DatabaseEngine engine;
    private final int parallelism;
    private final WaitPolicy policy;
    private final long maxOrders;

    /** Orders one exploration may run unless asked for more: minutes on a server engine, a few on H2. */
    public static final long DEFAULT_MAX_ORDERS = 50_000;

    public Explorer(DatabaseEngine engine, int parallelism, WaitPolicy policy) {
        this(engine, parallelism, policy, DEFAULT_MAX_ORDERS);
    }

    private Explorer(DatabaseEngine engine, int parallelism, WaitPolicy policy, long maxOrders) {
        this.engine = engine;
        this.parallelism = Math.max(1, parallelism);
        this.policy = policy;
        this.maxOrders = maxOrders;
    }

    /** The same explorer, allowed {@code max} orders per exploration. */
    public Explorer withMaxOrders(long max) {
        return new Explorer(engine, parallelism, policy, Math.max(1, max));
    }

    /** Thrown before anything runs when a plan has more orders than the explorer may run. */
    public static final class TooManyOrders extends Exception {
        private final BigInteger orders;
        private final long max;

        TooManyOrders(BigInteger orders, long max) {
            super(String.format("%,d orders are more than the %,d one exploration runs unless told to", orders, max));
            this.orders = orders;
            this.max = max;
        }

        public BigInteger orders() {
            return orders;
        }

        public long max() {
            return max;
        }
    }

    /** How many orders exploring {@code plan} runs: counted, nothing run. */
    public static BigInteger ordersOf(RunPlan plan) {
        return space(plan).size();
    }

    /**
     * Every order of the plan's steps; steps the scenario pins (`explore: first/last`, a spec session's setup and
     * teardown) open and close each order, as isolationtester runs them around every permutation.
     */
    private static ScheduleSpace space(RunPlan plan) {
        Optional<org.interleave.scenario.ExploreBounds.Pinned> pinned = plan.scenario().explore().pin(plan.lanes(), (at, why) -> {});
        if (pinned.isPresent()) {
            return new ScheduleSpace(plan.laneIds(), pinned.get().freeCounts(), pinned.get().firstLanes(), pinned.get().lastLanes());
        }
        return new ScheduleSpace(plan.laneIds(), plan.lanes().stream().map(Lane::steps).map(List::size).toList());
    }

    /** The engine's own exploring policy and parallelism. */
    public static Explorer defaults(DatabaseEngine engine) {
        return new Explorer(engine, engine.explorationParallelism(), engine.waitPolicy(true));
    }

    /** The engine's exploring policy, with {@code parallelism} orders at once. */
    public static Explorer withParallelism(DatabaseEngine engine, int parallelism) {
        return new Explorer(engine, parallelism, engine.waitPolicy(true));
    }

    /** The engine the orders run on. */
    public org.interleave.engine.EngineInfo engine() {
        return engine.info();
    }

    public ExplorationRow explore(RunPlan plan) throws RunSetupException, InterruptedException, TooManyOrders {
        return explore(plan, done -> {});
    }

    /** Explores, telling {@code progress} how many orders are done (from the exploring threads, now and then). */
    public ExplorationRow explore(RunPlan plan, java.util.function.LongConsumer progress)
            throws RunSetupException, InterruptedException, TooManyOrders {
        ScheduleSpace space = space(plan);
        if (space.size().compareTo(BigInteger.valueOf(maxOrders)) > 0) throw new TooManyOrders(space.size(), maxOrders);
        try (LaneThreads threads = LaneThreads.reused()) {
            return explore(plan, space, new OrderRunner(engine, policy, threads), progress);
        }
    }

    private ExplorationRow explore(RunPlan plan, ScheduleSpace space, OrderRunner runner, java.util.function.LongConsumer progress)
            throws RunSetupException, InterruptedException {
        SerialOracle oracle = new SerialOracle(plan, runner);
        ExplorationTally tally = new ExplorationTally(space);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(parallelism * 2);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "interleave-explorer");
            t.setDaemon(true);
            return t;
        });
        try {
            boolean first = true;
            for (List<String> order : space) {
                if (failure.get() != null) break;
                if (first) {
                    // The first order runs alone: it warms the database code up before orders compete for the cores.
                    OrderResult result = runner.run(plan, order);
                    tally.add(result, oracle.judge(result));
                    progress.accept(done.incrementAndGet());
                    first = false;
                    continue;
                }
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        OrderResult result = runner.run(plan, order);
                        Optional<String> verdict = oracle.judge(result);
                        tally.add(result, verdict);
                        long n = done.incrementAndGet();
                        if (n % 100 == 0) progress.accept(n);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) pool.shutdownNow();
        }
        Exception e = failure.get();
        if (e instanceof RunSetupException setup) throw setup;
        if (e != null) throw new IllegalStateException("exploring " + plan.scenario().id() + " failed: " + e.getMessage(), e);
        return tally.row(plan, space.size(), System.nanoTime() - start);
    }
}
