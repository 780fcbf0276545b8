// Reads a SessionSnapshot from a run; runs on the control thread because tables and the verdict need the database.
package org.interleave.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.diagram.DiagramInput;
import org.interleave.engine.LaneState;
import org.interleave.engine.Run;
import org.interleave.engine.RunEvent;
import org.interleave.engine.SchedulePlayer;
import org.interleave.engine.StepStatus;
import org.interleave.engine.Verdict;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;

final class SnapshotReader {
    private SnapshotReader() {}

    static SessionSnapshot read(long generation, Run run) {
        RunPlan plan = run.plan();
        List<RunEvent> events = run.events();
        Map<String, LaneState> states = new LinkedHashMap<>();
        List<LaneStatus> lanes = new ArrayList<>();
        for (Lane lane : plan.lanes()) {
            LaneStatus status = laneStatus(run, lane, events);
            lanes.add(status);
            states.put(lane.id(), status.state());
        }
        Verdict verdict = run.isSettled() ? run.verdict() : null;
        List<String> history = run.issuedOrder();
        DiagramInput diagram = new DiagramInput(plan, run.engine(), events, states, history, verdict);
        return new SessionSnapshot(generation, plan, run.engine(), diagram, List.copyOf(lanes), history,
                SchedulePlayer.completed(plan.defaultSchedule(), run), run.committedTables(), verdict, run.inside(),
                run.deadlockSeenInLastStep().orElse(null));
    }

    private static LaneStatus laneStatus(Run run, Lane lane, List<RunEvent> events) {
        String id = lane.id();
        boolean waiting = run.isWaiting(id);
        String waitingSql = null;
        String waitText = null;
        if (waiting) {
            for (RunEvent e : events) {
                if (e.lane().equals(id) && e.status() == StepStatus.WAITING) {
                    waitingSql = e.sql();
                    waitText = e.detail();
                }
            }
            if (waitingSql == null) {
                waitingSql = "(the previous statement)";
                waitText = "waiting for the database";
            }
        }
        var engineId = run.engine().id();
        String nextSql = run.nextStep(id).map(Step::sql).map(s -> s.forEngine(engineId).orElse(s.anyText())).orElse(null);
        int done = (int) run.issuedOrder().stream().filter(id::equals).count();
        org.interleave.engine.StepError failure = null;
        for (RunEvent e : events) if (e.lane().equals(id) && e.status() == StepStatus.FAILED) failure = e.error();
        return new LaneStatus(id, lane.label(), lane.isolation(), lane.transactional(), run.laneState(id), nextSql, waitingSql,
                // an ended lane's statements left would only be "not run": it offers none
                waitText, run.canStep(id) && run.laneState(id).open(), done, lane.steps().size(), failure);
    }
}
