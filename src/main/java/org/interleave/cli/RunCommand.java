// `run SCENARIO`: runs a scenario for real on the chosen engine under a protection and schedule, and prints a transcript or JSON.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.RunPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario for real (embedded H2 unless --engine says otherwise) and show what the database did.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, isolationtester }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions what;

    @Mixin
    EngineOptions database;

    @Option(names = "--inside", description = "after each step, also show what the database holds: each lane's transaction,"
            + " the locks held and awaited, who waits for whom (read by a watcher session, never by a lane)")
    boolean inside;

    @Option(names = "--format", description = "text, json, or isolationtester (what PostgreSQL's isolationtester prints for the"
            + " permutation, to compare with a spec's expected output) (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Override
    public Integer call() throws Exception {
        PlanOptions.Chosen chosen = what.choose(spec);
        if (chosen == null) return Cli.NOT_LOADED;
        RunPlan plan = chosen.plan();
        List<String> order = chosen.schedule();
        RunRecord record;
        try {
            record = RunRecord.execute(plan, database.choose(spec, cli.engines()), order, inside);
        } catch (RunSetupException e) {
            Cli.err(spec).println(e.getMessage());
            return Cli.NOT_LOADED;
        }
        if (format == Format.json) {
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(RunJson.of(record)));
        } else if (format == Format.isolationtester) {
            new IsolationTesterText(Cli.out(spec)).print(record);
        } else {
            new Transcript(Cli.out(spec)).print(record);
        }
        return 0;
    }
}
