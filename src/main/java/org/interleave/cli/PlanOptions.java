// The options that choose what to run, shared by `run` and `export`: scenario, protection, isolation and schedule.
package org.interleave.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

final class PlanOptions {
    /** The plan to run and the schedule asked for (null: the scenario's story). */
    record Chosen(RunPlan plan, List<String> schedule) {}

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a built-in scenario id or a scenario file")
    String scenario;

    @Option(names = "--protection", paramLabel = "ID", description = "the protection to switch on (default: none)")
    String protection;

    @Option(names = "--isolation", paramLabel = "LANE=LEVEL", description = "isolation of a lane, e.g. T1=SERIALIZABLE (repeatable)")
    Map<String, String> isolation = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "T1,T2,...", split = ",", description = "the order of steps (default: the scenario's story)")
    List<String> schedule;

    /** Loads the scenario and applies the options; null after printing why the scenario does not load. */
    Chosen choose(CommandSpec spec) {
        ScenarioSource.Found found = ScenarioSource.find(scenario);
        if (found.scenario() == null) {
            found.problems().forEach(Cli.err(spec)::println);
            return null;
        }
        try {
            RunPlan plan = IsolationChoice.apply(PlanBuilder.plan(found.scenario(), protection), isolation);
            List<String> order = schedule == null ? null : schedule.stream().map(String::strip).toList();
            if (order != null) {
                for (String lane : order) {
                    if (plan.lane(lane).isEmpty()) throw new IllegalArgumentException("--schedule names lane `" + lane + "`; lanes are " + plan.laneIds());
                }
            }
            return new Chosen(plan, order);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
