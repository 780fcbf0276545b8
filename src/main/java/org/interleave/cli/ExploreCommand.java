// `explore SCENARIO`: runs every order of the steps under each protection and counts which orders break.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.interleave.engine.Engines;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.explore.ExplorationRow;
import org.interleave.engine.explore.Explorer;
import org.interleave.engine.explore.OutcomeGroup;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Protection;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Run every order of a scenario's steps for real and count the orders that show the anomaly.")
final class ExploreCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    EngineOptions database;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a built-in scenario id or a scenario file")
    String scenario;

    @Option(names = "--protection", paramLabel = "ID", description = "one protection (default: none)")
    String protection;

    @Option(names = "--all", description = "the scenario without protection and under each of its protections")
    boolean all;

    @Option(names = "--isolation", paramLabel = "LANE=LEVEL", description = "isolation of a lane for every row, e.g. T1=SERIALIZABLE")
    Map<String, String> isolation = new LinkedHashMap<>();

    @Option(names = "--parallel", paramLabel = "N", description = "orders run at once (default: chosen by the engine from the number of cores)")
    Integer parallel;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Option(names = "--max-orders", paramLabel = "N",
            description = "run a plan only if it has at most N orders (default: ${DEFAULT-VALUE}); they are counted before anything runs")
    long maxOrders = Explorer.DEFAULT_MAX_ORDERS;

    @Option(names = "--engines", split = ",", paramLabel = "ENGINE,...",
            description = "explore on each of these engines and tell the orders whose outcome differs between them, e.g. h2,postgresql,mariadb")
    List<String> engineKeys;

    @Override
    public Integer call() throws Exception {
        ScenarioSource.Found found = ScenarioSource.find(scenario);
        if (found.scenario() == null) {
            found.problems().forEach(Cli.err(spec)::println);
            return Cli.NOT_LOADED;
        }
        List<RunPlan> plans = plans(found.scenario());
        if (engineKeys != null) return exploreOnEach(found.scenario(), plans);
        DatabaseEngine engine = database.choose(spec, cli.engines());
        List<ExplorationRow> rows = new ArrayList<>();
        Integer failed = exploreAll(found.scenario(), plans, engine, rows);
        if (failed != null) return failed;
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("scenario", found.scenario().id());
            json.put("engine", engine.info().id().key());
            json.put("engineVersion", engine.info().version());
            json.put("engineName", engine.info().displayName());
            json.put("rows", rows.stream().map(ExploreCommand::json).toList());
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            printText(found.scenario(), engine, rows, Cli.out(spec));
        }
        return 0;
    }

    /** Every plan on each engine named; what differs between them is told after each engine's table. */
    private Integer exploreOnEach(Scenario s, List<RunPlan> plans) throws Exception {
        Map<EngineId, List<ExplorationRow>> byEngine = new LinkedHashMap<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (Engines.Availability a : database.availabilities(spec, cli.engines(), engineKeys)) {
            EngineId id = a.id();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("engine", id.key());
            if (a.engine().isEmpty()) {
                entry.put("available", false);
                entry.put("why", a.why());
                json.add(entry);
                if (format != Format.json) Cli.out(spec).println(id.productName() + ": not available: " + TerminalText.one(a.why()) + "\n");
                continue;
            }
            List<ExplorationRow> rows = new ArrayList<>();
            Integer failed = exploreAll(s, plans, a.engine().get(), rows);
            if (failed != null) return failed;
            byEngine.put(id, rows);
            entry.put("available", true);
            entry.put("engineName", a.engine().get().info().displayName());
            entry.put("rows", rows.stream().map(ExploreCommand::json).toList());
            json.add(entry);
            if (format != Format.json) {
                printText(s, a.engine().get(), rows, Cli.out(spec));
                Cli.out(spec).println();
            }
        }
        List<String> differences = EngineDifferences.between(byEngine);
        if (format == Format.json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("scenario", s.id());
            all.put("engines", json);
            all.put("differences", differences);
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        } else {
            Cli.out(spec).println(differences.isEmpty() ? "Every engine that ran gave the same outcomes." : "Where the engines differ:");
            for (String d : differences) Cli.out(spec).println("  " + TerminalText.one(d));
        }
        return 0;
    }

    /** Explores every plan on {@code engine} into {@code rows}; an exit code when it cannot, else null. */
    private Integer exploreAll(Scenario s, List<RunPlan> plans, DatabaseEngine engine, List<ExplorationRow> rows) throws InterruptedException {
        Explorer explorer = (parallel == null ? Explorer.defaults(engine) : Explorer.withParallelism(engine, parallel)).withMaxOrders(maxOrders);
        Progress progress = new Progress(spec);
        try {
            for (RunPlan plan : plans) {
                rows.add(explorer.explore(plan, progress.of(plan.protectionTitle(), Explorer.ordersOf(plan))));
                progress.done();
            }
            return null;
        } catch (Explorer.TooManyOrders e) {
            progress.done();
            Cli.err(spec).println(TerminalText.clean(s.id()) + ": " + e.getMessage() + "; pass --max-orders "
                    + e.orders() + " to run them all, or explore a scenario with fewer steps");
            return Cli.NOT_LOADED;
        } catch (RunSetupException e) {
            progress.done();
            Cli.err(spec).println(TerminalText.clean(e.getMessage()));
            return Cli.NOT_LOADED;
        }
    }

    private List<RunPlan> plans(Scenario s) {
        List<String> ids = new ArrayList<>();
        if (all) {
            ids.add(RunPlan.UNPROTECTED);
            s.protections().stream().map(Protection::id).forEach(ids::add);
        } else {
            ids.add(protection == null ? RunPlan.UNPROTECTED : protection);
        }
        List<RunPlan> plans = new ArrayList<>();
        try {
            for (String id : ids) plans.add(IsolationChoice.apply(PlanBuilder.plan(s, id), isolation));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return plans;
    }

    static Map<String, Object> json(ExplorationRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protection", r.protection());
        m.put("title", r.protectionTitle());
        m.put("isolation", r.isolation());
        m.put("requested", r.requested());
        m.put("orders", r.orders());
        m.put("anomalies", r.anomalies());
        m.put("safe", r.safe());
        m.put("aborted", r.aborted());
        m.put("serializationFailures", r.serializationFailures());
        m.put("deadlocks", r.deadlocks());
        m.put("otherErrors", r.otherErrors());
        m.put("notSerializable", r.notSerializable());
        m.put("unfinished", r.unfinished());
        m.put("checksDisagreeWithOracle", r.disagreements());
        m.put("whyFewer", r.whyFewer());
        m.put("caveat", r.caveat());
        Map<String, String> examples = new LinkedHashMap<>();
        r.examples().forEach((k, v) -> examples.put(k, String.join(",", v)));
        m.put("examples", examples);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (OutcomeGroup g : r.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("outcome", g.outcome() == null ? "unfinished" : g.outcome().word());
            gm.put("errors", g.errors().stream().map(ErrorKind::id).toList());
            gm.put("orders", g.orders());
            gm.put("example", String.join(",", g.example()));
            gm.put("verdict", g.verdict());
            gm.put("notSerializable", g.notSerializable());
            groups.add(gm);
        }
        m.put("groups", groups);
        m.put("seconds", r.elapsedNanos() / 1e9);
        return m;
    }

    private static void printText(Scenario s, DatabaseEngine engine, List<ExplorationRow> rows, PrintWriter out) {
        out.println(TerminalText.one(s.title()) + " (" + s.id() + "): every order of the steps, run for real on " + engine.info().displayName());
        out.println();
        out.printf("%-44s %7s %8s %6s %8s %14s %9s %16s%n", "protection", "orders", "anomaly", "safe", "aborted",
                "serialization", "deadlock", "not serializable");
        for (ExplorationRow r : rows) {
            out.printf("%-44s %7d %8d %6d %8d %14d %9d %16d%n", shorten(TerminalText.one(r.protectionTitle()) + isolationNote(r), 44), r.orders(),
                    r.anomalies(), r.safe(), r.aborted(), r.serializationFailures(), r.deadlocks(), r.notSerializable());
        }
        for (ExplorationRow r : rows) {
            out.println();
            out.println(TerminalText.one(r.protectionTitle()) + " [" + r.protection() + "], " + isolationText(r) + ": " + r.orders() + " orders of "
                    + r.requested() + " in " + String.format("%.2f s", r.elapsedNanos() / 1e9));
            if (r.whyFewer() != null) out.println("  " + r.whyFewer());
            if (r.caveat() != null) out.println("  caveat: " + r.caveat().replaceAll("\\s+", " "));
            for (OutcomeGroup g : r.groups()) {
                out.println("  " + g.orders() + " × " + (g.outcome() == null ? "unfinished" : g.outcome().word())
                        + (g.errors().isEmpty() ? "" : " (" + g.errors().stream().map(ErrorKind::words).collect(Collectors.joining(", ")) + ")")
                        + ", e.g. " + String.join(" ", g.example()) + ": " + TerminalText.one(g.verdict()));
                if (g.notSerializable() != null) out.println("      not serializable: " + g.notSerializable());
            }
            if (r.disagreements() > 0) {
                out.println("  the checks and the serial oracle disagree on " + r.disagreements()
                        + " orders: the checks judge what the transactions read, the oracle only the final data");
            }
        }
    }

    private static String isolationNote(ExplorationRow r) {
        return r.isolation().values().stream().allMatch("READ COMMITTED"::equals) ? "" : " (" + isolationText(r) + ")";
    }

    private static String isolationText(ExplorationRow r) {
        return r.isolation().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
