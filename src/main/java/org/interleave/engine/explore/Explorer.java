// Runs every order of a plan's steps for real, several at once on separate databases, and tallies the outcomes.
package org.interleave.engine.explore;

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

    public Explorer(DatabaseEngine engine, int parallelism, WaitPolicy policy) {
        this.engine = engine;
        this.parallelism = Math.max(1, parallelism);
        this.policy = policy;
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

    public ExplorationRow explore(RunPlan plan) throws RunSetupException, InterruptedException {
        ScheduleSpace space = new ScheduleSpace(plan.laneIds(), plan.lanes().stream().map(Lane::steps).map(List::size).toList());
        try (LaneThreads threads = LaneThreads.reused()) {
            return explore(plan, space, new OrderRunner(engine, policy, threads));
        }
    }

    private ExplorationRow explore(RunPlan plan, ScheduleSpace space, OrderRunner runner) throws RunSetupException, InterruptedException {
        SerialOracle oracle = new SerialOracle(plan, runner);
        ExplorationTally tally = new ExplorationTally();
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
                    first = false;
                    continue;
                }
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        OrderResult result = runner.run(plan, order);
                        Optional<String> verdict = oracle.judge(result);
                        tally.add(result, verdict);
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
