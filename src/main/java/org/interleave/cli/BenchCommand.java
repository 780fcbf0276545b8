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
        description = "Measure exploration speed on the built-in scenarios (unprotected), after a warm-up on scenarios of its own:"
                + " orders per second cold and warm, the time to tell a waiting step from a completed one, and the engine's"
                + " serial orders against the same statements, checks and snapshot straight over JDBC (the ceiling).")
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

    @Option(names = "--repeats", description = "serial orders timed on each side of the ceiling ratio (default: ${DEFAULT-VALUE})",
            defaultValue = "400")
    int repeats;

    @Option(names = "--large", paramLabel = "N", description = "also explore two lanes of N steps each (C(2N, N) orders; 8 gives 12,870)")
    Integer large;

    @Option(names = "--scenario", description = "only these scenario ids")
    List<String> only = new ArrayList<>();

    @Option(names = "--table", paramLabel = "JSON", arity = "1..*",
            description = "measure nothing: print the README's Markdown table, the medians of these `bench --format json` outputs")
    List<java.nio.file.Path> table = new ArrayList<>();

    @Option(names = "--startup", description = "measure start-up instead: `list` against `--version`, and the window's first frame"
            + " against a JavaFX hello-world's, each in fresh processes (the frames need a display)")
    boolean startup;

    @Option(names = "--runs", description = "processes started per figure with --startup; the median is given (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (startup) return startup();
        if (!table.isEmpty()) {
            Cli.out(spec).print(BenchTable.markdown(table));
            Cli.out(spec).flush();
            return 0;
        }
        DatabaseEngine engine = database.choose(spec, cli.engines());
        Benchmark bench = new Benchmark(engine, Explorer.defaults(engine));
        List<Scenario> measured = ScenarioLibrary.builtIn().scenarios().stream().filter(s -> only.isEmpty() || only.contains(s.id())).toList();
        bench.warmUp();
        List<Benchmark.Result> results = new ArrayList<>();
        for (Scenario s : measured) results.add(bench.measure(s, repeats));
        Benchmark.WaitDetection waits = bench.waitDetection();
        Benchmark.InsideReading inside = bench.insideReading(measured);
        Benchmark.LargeResult largeResult = large == null ? null : bench.large(large);
        if (format == Format.json) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("engine", engine.info().id().key());
            json.put("engineVersion", engine.info().version());
            json.put("cores", Runtime.getRuntime().availableProcessors());
            json.put("exploringThreads", engine.explorationParallelism());
            json.put("ceilingThreads", Benchmark.THREADS);
            json.put("scenarios", results);
            json.put("waitDetection", waits);
            json.put("insideReading", inside);
            json.put("large", largeResult);
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            return 0;
        }
        java.io.PrintWriter out = Cli.out(spec);
        out.println("engine: " + engine.info().displayName() + "; orders/s with " + engine.explorationParallelism()
                + " orders at once; serial and ceiling with " + Benchmark.THREADS + " threads");
        out.printf("%-32s %6s %8s %8s %6s %8s %8s %8s %8s %9s %9s %6s%n", "scenario", "orders", "cold/s", "warm/s", "waits",
                "wait p50", "wait p99", "ans p50", "ans p99", "serial/s", "ceiling/s", "ratio");
        for (Benchmark.Result r : results) {
            out.printf("%-32s %6d %8.0f %8.0f %6d %8.2f %8.2f %8.3f %8.3f %9.0f %9.0f %6.2f%n", r.scenario(), r.orders(),
                    r.coldOrdersPerSecond(), r.warmOrdersPerSecond(), r.waits(), r.waitP50Ms(), r.waitP99Ms(), r.answerP50Ms(),
                    r.answerP99Ms(), r.serialOrdersPerSecond(), r.ceilingOrdersPerSecond(), r.ceilingRatio());
        }
        out.printf("wait detection over every scenario: %d waits, p50 %.2f ms, p99 %.2f ms%n", waits.waits(), waits.p50Ms(), waits.p99Ms());
        out.printf("inside the database, read after each step of every story: %d readings, p50 %.2f ms, p99 %.2f ms;"
                + " the engine's own look after each step: p50 %.2f ms, p99 %.2f ms%n",
                inside.readings(), inside.p50Ms(), inside.p99Ms(), inside.lookP50Ms(), inside.lookP99Ms());
        if (largeResult != null) {
            out.printf("large space (%d steps a lane): %d orders in %.1f s, %.0f orders/s, heap in use at the end %d MB of %d MB%n",
                    largeResult.steps(), largeResult.orders(), largeResult.seconds(), largeResult.ordersPerSecond(), largeResult.heapUsedMb(),
                    largeResult.heapMaxMb());
        }
        return 0;
    }

    private int startup() throws Exception {
        StartupBench.Result r = StartupBench.measure(Math.max(1, runs));
        if (format == Format.json) {
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return 0;
        }
        java.io.PrintWriter out = Cli.out(spec);
        out.printf("start-up, median of %d fresh processes each:%n", r.runs());
        out.printf("  --version %6.0f ms%n  list      %6.0f ms   %.2f x --version%n", r.versionMs(), r.listMs(), r.listOverVersion());
        if (r.frameNote().isEmpty()) {
            out.printf("  first frame, JavaFX hello-world %6.0f ms%n  first frame, Interleave        %6.0f ms   %.2f x hello-world%n",
                    r.helloFrameMs(), r.appFrameMs(), r.appOverHello());
        } else {
            out.println("  " + r.frameNote());
        }
        return 0;
    }
}
