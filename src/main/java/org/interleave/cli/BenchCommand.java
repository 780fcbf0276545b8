// `bench`: explores every built-in scenario and prints orders per second, wait detection times and the JDBC floor ratio.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.explore.Benchmark;
import org.interleave.engine.explore.Explorer;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure exploration speed on the built-in scenarios (unprotected): orders per second, the time to tell"
                + " a waiting step from a completed one, and the engine's time over plain JDBC in one thread (the floor).")
final class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    EngineOptions database;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Option(names = "--repeats", description = "serial runs timed for the floor ratio (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int repeats;

    @Option(names = "--large", paramLabel = "N", description = "also explore two lanes of N steps each (C(2N, N) orders; 8 gives 12,870)")
    Integer large;

    @Option(names = "--scenario", description = "only these scenario ids")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DatabaseEngine engine = database.choose(spec, cli.engines());
        Benchmark bench = new Benchmark(engine, Explorer.defaults(engine));
        List<Scenario> measured = ScenarioLibrary.builtIn().scenarios().stream().filter(s -> only.isEmpty() || only.contains(s.id())).toList();
        // One untimed exploration first: the JVM's warm-up and the engine's first databases (a server's pool) are not
        // what a scenario costs, and would otherwise be charged to the first one measured.
        if (!measured.isEmpty()) bench.warmUp(measured.get(0));
        List<Benchmark.Result> results = new ArrayList<>();
        for (Scenario s : measured) results.add(bench.measure(s, repeats));
        Benchmark.LargeResult largeResult = large == null ? null : bench.large(large);
        if (format == Format.json) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("engine", engine.info().id().key());
            json.put("engineVersion", engine.info().version());
            json.put("scenarios", results);
            json.put("large", largeResult);
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            return 0;
        }
        Cli.out(spec).println("engine: " + engine.info().displayName());
        Cli.out(spec).printf("%-32s %7s %9s %11s %11s %13s %13s %10s %10s %7s%n", "scenario", "orders", "orders/s", "wait p50 ms",
                "wait p99 ms", "answer p50 ms", "answer p99 ms", "engine ms", "floor ms", "ratio");
        for (Benchmark.Result r : results) {
            Cli.out(spec).printf("%-32s %7d %9.1f %11.2f %11.2f %13.3f %13.3f %10.2f %10.2f %7.2f%n", r.scenario(), r.orders(),
                    r.ordersPerSecond(), r.waitMedianMs(), r.waitP99Ms(), r.answerMedianMs(), r.answerP99Ms(), r.engineSerialMs(),
                    r.floorSerialMs(), r.floorRatio());
        }
        if (largeResult != null) {
            Cli.out(spec).printf("large space: %d orders in %.1f s, %.0f orders/s, heap in use at the end %d MB of %d MB%n",
                    largeResult.orders(), largeResult.seconds(), largeResult.ordersPerSecond(), largeResult.heapUsedMb(), largeResult.heapMaxMb());
        }
        return 0;
    }
}
