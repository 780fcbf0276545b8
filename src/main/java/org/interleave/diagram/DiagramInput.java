// What a diagram is drawn from: the plan, the events so far, the lanes' states and (once finished) the verdict.
package org.interleave.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.LaneState;
import org.interleave.engine.Run;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.Verdict;
import org.interleave.scenario.RunPlan;

/**
 * @param engine  the engine that ran it: its name is in every picture, its id picks the setup SQL shown
 * @param verdict null while the run is not finished
 * @param played  the lanes in the order their steps were issued
 */
public record DiagramInput(RunPlan plan, EngineInfo engine, List<RunEvent> events, Map<String, LaneState> laneStates,
        List<String> played, Verdict verdict) {

    public static DiagramInput of(RunRecord record) {
        return new DiagramInput(record.plan(), record.engine(), record.events(), record.lanes(), record.played(), record.verdict());
    }

    /** A snapshot of a run as it stands; the verdict is computed when every lane has finished. */
    public static DiagramInput of(Run run, Verdict verdictOrNull) {
        Map<String, LaneState> states = new LinkedHashMap<>();
        for (String lane : run.laneIds()) states.put(lane, run.laneState(lane));
        return new DiagramInput(run.plan(), run.engine(), run.events(), states, run.issuedOrder(), verdictOrNull);
    }
}
