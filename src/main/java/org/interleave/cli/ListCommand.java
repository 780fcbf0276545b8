// `list`: every scenario with its lanes and protections, as text or JSON.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Problem;
import org.interleave.scenario.ScenarioSummary;
import org.interleave.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in scenarios and those in the given files or folders.")
final class ListCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_FOLDER", description = "more scenario files or folders")
    List<Path> extra = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        // summaries: the built-ins come from the index the build made, so listing them parses no YAML or SQL
        ScenarioLibrary.Catalogue library = ScenarioLibrary.catalogue(extra);
        if (format == Format.json) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (ScenarioSummary s : library.scenarios()) items.add(describe(s));
            for (LoadResult r : library.failures()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.file());
                m.put("problems", r.problems().stream().map(Problem::toString).toList());
                items.add(m);
            }
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items));
        } else {
            for (ScenarioSummary s : library.scenarios()) {
                Cli.out(spec).printf("%-28s %s (%s)%n", s.id(), TerminalText.one(s.title()), TerminalText.one(s.phenomenon()));
                Cli.out(spec).printf("%-28s lanes: %s%n", "", String.join(" | ", s.lanes().stream().map(ScenarioSummary.LaneSummary::label)
                        .map(TerminalText::one).toList()));
                Cli.out(spec).printf("%-28s protections: %s%n", "", s.protections().isEmpty() ? "none"
                        : String.join(", ", s.protections().stream().map(ScenarioSummary.ProtectionSummary::id).toList()));
            }
            for (LoadResult r : library.failures()) {
                Cli.out(spec).printf("%-28s does not load:%n", TerminalText.one(r.file()));
                r.problems().forEach(p -> Cli.out(spec).println("    " + p));
            }
        }
        return 0;
    }

    private static Map<String, Object> describe(ScenarioSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("phenomenon", s.phenomenon());
        m.put("source", s.source());
        m.put("file", s.file());
        List<Map<String, Object>> lanes = new ArrayList<>();
        for (ScenarioSummary.LaneSummary l : s.lanes()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", l.id());
            lm.put("label", l.label());
            lm.put("isolation", l.isolation());
            lm.put("mode", l.transactional() ? "transaction" : "autocommit");
            lm.put("steps", l.steps());
            lanes.add(lm);
        }
        m.put("lanes", lanes);
        List<Map<String, Object>> protections = new ArrayList<>();
        for (ScenarioSummary.ProtectionSummary p : s.protections()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("title", p.title());
            pm.put("explain", p.explain());
            protections.add(pm);
        }
        m.put("protections", protections);
        return m;
    }
}
