// The options that choose what to run, shared by `run` and `export`: scenario, protection, isolation and schedule.
package org.interleave.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.AskedSchedule;
import org.interleave.scenario.NamedSchedule;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScheduleEntry;
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

    @Option(names = "--schedule", paramLabel = "T1,T2,...", split = ",", description = "the order of steps: lanes (T1,T2,T1,...), each"
            + " running its next step, or steps (T1.read,T2.read,...; a spec's step names alone, s1a,s2a,...), which may repeat or leave out"
            + " steps (default: the scenario's story)")
    List<String> schedule;

    @Option(names = "--schedule-name", paramLabel = "NAME", description = "one of the scenario's named schedules (`schedules:`, or a"
            + " spec's permutations), by its name or its position from 1")
    String scheduleName;

    /** Loads the scenario and applies the options; null after printing why the scenario does not load. */
    Chosen choose(CommandSpec spec) {
        ScenarioSource.Found found = ScenarioSource.find(scenario);
        if (found.scenario() == null) {
            found.problems().forEach(Cli.err(spec)::println);
            return null;
        }
        try {
            if (schedule != null && scheduleName != null) throw new IllegalArgumentException("give --schedule or --schedule-name, not both");
            Scenario s = found.scenario();
            if (scheduleName != null) return new Chosen(IsolationChoice.apply(PlanBuilder.plan(s, protection, scheduleName), isolation), null);
            if (schedule == null) return new Chosen(IsolationChoice.apply(PlanBuilder.plan(s, protection), isolation), null);
            NamedSchedule asked = AskedSchedule.of(s, schedule.stream().map(String::strip).toList());
            List<ScheduleEntry> entries = asked.entries();
            if (!asked.namesSteps()) {
                RunPlan plan = IsolationChoice.apply(PlanBuilder.plan(s, protection), isolation);
                for (ScheduleEntry e : entries) {
                    if (plan.lane(e.lane()).isEmpty()) throw new IllegalArgumentException("--schedule names lane `" + e.lane() + "`; lanes are " + plan.laneIds());
                }
                return new Chosen(plan, asked.written());
            }
            RunPlan plan = IsolationChoice.apply(PlanBuilder.plan(s, protection, asked), isolation);
            return new Chosen(plan, plan.defaultSchedule());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
