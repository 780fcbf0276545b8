// Runs one order of steps on a fresh database and keeps only what the explorer needs.
package org.interleave.engine.explore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.LaneState;
import org.interleave.engine.LaneThreads;
import org.interleave.engine.Run;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunListener;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.SchedulePlayer;
import org.interleave.engine.StepStatus;
import org.interleave.engine.Verdict;
import org.interleave.engine.WaitPolicy;
import org.interleave.engine.TableShape;
import org.interleave.engine.TableSnapshot;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;

public final class OrderRunner {
    private final DatabaseEngine engine;
    private final WaitPolicy policy;
    private final LaneThreads threads;
    /** The last plan whose lanes change no table's shape, and its tables (read from the catalog once, not per order). */
    private RunPlan shapesOf;
    private List<TableShape> shapes;

    public OrderRunner(DatabaseEngine engine, WaitPolicy policy, LaneThreads threads) {
        this.engine = engine;
        this.policy = policy;
        this.threads = threads;
    }

    public OrderResult run(RunPlan plan, List<String> schedule) throws RunSetupException {
        long start = System.nanoTime();
        try (Run run = Run.start(plan, engine, RunListener.NONE, policy, threads)) {
            run.runUncontendedStepsInline();
            SchedulePlayer.Playback playback = SchedulePlayer.play(run, schedule);
            Set<ErrorKind> errors = EnumSet.noneOf(ErrorKind.class);
            List<Long> waits = new ArrayList<>();
            List<Long> answers = new ArrayList<>();
            for (RunEvent e : run.events()) {
                if (e.status() == StepStatus.FAILED) errors.add(e.error().kind());
                if (e.status() == StepStatus.WAITING) waits.add(e.elapsedNanos());
                else if (!e.afterWait() && e.status() != StepStatus.SKIPPED) answers.add(e.elapsedNanos());
            }
            Map<String, LaneState> lanes = new LinkedHashMap<>();
            for (String lane : run.laneIds()) lanes.put(lane, run.laneState(lane));
            Verdict verdict = run.isFinished() ? run.verdict() : null;
            return new OrderResult(schedule, playback.played(), verdict == null ? null : verdict.outcome(), errors,
                    committedData(plan, run), lanes, verdict == null ? "did not finish: " + playback.skipped() : verdict.summary(),
                    waits, answers, System.nanoTime() - start);
        }
    }

    /**
     * The committed data of the order's run. Reading the catalog was a quarter of an explored order's own work on H2
     * (measured with JFR): where no lane step is DDL, every order ends with the tables the setup made, so it is read
     * once per plan.
     */
    private List<TableSnapshot> committedData(RunPlan plan, Run run) {
        if (!shapesStayAsSetUp(plan)) return run.committedData();
        List<TableShape> known;
        synchronized (this) {
            known = shapesOf == plan ? shapes : null;
        }
        if (known == null) {
            try {
                known = run.comparedShapes();
            } catch (SQLException e) {
                return run.committedData();
            }
            synchronized (this) {
                shapesOf = plan;
                shapes = known;
            }
        }
        return run.committedData(known);
    }

    /** No lane step changes a table's shape (no DDL, no block of statements). */
    static boolean shapesStayAsSetUp(RunPlan plan) {
        for (Lane lane : plan.lanes()) {
            for (Step step : lane.steps()) if (step.kind() == StepKind.DDL || step.kind() == StepKind.BLOCK) return false;
        }
        return true;
    }
}
