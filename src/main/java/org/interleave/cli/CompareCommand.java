// `compare SCENARIO`: the same schedule on every engine, one row per step, the rows where the engines differ marked.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.engine.Engines;
import org.interleave.engine.compare.Comparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run the same schedule on several engines and show, step by step, what each did; rows where they differ are"
                + " marked with ≠.", "MariaDB needs a server: --db-url jdbc:mariadb://HOST:PORT/ --db-user USER, or INTERLEAVE_MARIADB_URL."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json, md }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions what;

    @Option(names = "--engines", split = ",", paramLabel = "ENGINE,...", description = "the engines to compare (default: h2,postgresql,mariadb)")
    List<String> engineKeys = List.of("h2", "postgresql", "mariadb");

    @Mixin
    EngineOptions server;

    @Option(names = "--format", description = "text, json or md (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Override
    public Integer call() throws Exception {
        PlanOptions.Chosen chosen = what.choose(spec);
        if (chosen == null) return Cli.NOT_LOADED;
        List<Engines.Availability> engines = server.availabilities(spec, cli.engines(), engineKeys);
        Comparison comparison = Comparison.run(chosen.plan(), chosen.schedule(), engines);
        switch (format) {
            case json -> Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ComparisonText.json(comparison)));
            case md -> Cli.out(spec).print(ComparisonText.markdown(comparison));
            default -> ComparisonText.print(comparison, Cli.out(spec));
        }
        return 0;
    }
}
