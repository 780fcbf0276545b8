// `run SCENARIO`: runs a scenario for real on H2 under a protection and schedule, and prints a transcript or JSON.
package org.interleave.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interleave.engine.H2Engine;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario for real on embedded H2 and show what the database did.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a built-in scenario id or a scenario file")
    String scenario;

    @Option(names = "--protection", paramLabel = "ID", description = "the protection to switch on (default: none)")
    String protection;

    @Option(names = "--isolation", paramLabel = "LANE=LEVEL", description = "isolation of a lane, e.g. T1=SERIALIZABLE (repeatable)")
    Map<String, String> isolation = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "T1,T2,...", split = ",", description = "the order of steps (default: the scenario's story)")
    List<String> schedule;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Override
    public Integer call() throws Exception {
        ScenarioSource.Found found = ScenarioSource.find(scenario);
        if (found.scenario() == null) {
            found.problems().forEach(Cli.err(spec)::println);
            return Cli.NOT_LOADED;
        }
        RunPlan plan;
        try {
            plan = PlanBuilder.plan(found.scenario(), protection);
            plan = IsolationChoice.apply(plan, isolation);
            if (schedule != null) {
                for (String lane : schedule) {
                    if (plan.lane(lane.strip()).isEmpty()) throw new IllegalArgumentException("--schedule names lane `" + lane + "`; lanes are " + plan.laneIds());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> order = schedule == null ? null : schedule.stream().map(String::strip).toList();
        RunRecord record;
        try {
            record = RunRecord.execute(plan, new H2Engine(), order);
        } catch (RunSetupException e) {
            Cli.err(spec).println(e.getMessage());
            return Cli.NOT_LOADED;
        }
        if (format == Format.json) {
            Cli.out(spec).println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(RunJson.of(record)));
        } else {
            new Transcript(Cli.out(spec)).print(record);
        }
        return 0;
    }
}
