// Everything the window shows about the current run, read on the control thread and handed whole to the FX thread.
package org.interleave.ui.session;

import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.Inside;
import org.interleave.engine.TableSnapshot;
import org.interleave.engine.Verdict;
import org.interleave.scenario.RunPlan;

/**
 * @param generation counts the runs of this window; a snapshot of an older run is never shown after a newer one
 * @param history    the lanes in the order their steps were issued: the schedule so far
 * @param story      the default schedule, completed with the steps it leaves out
 * @param tables     committed contents of the scenario's tables, as a third session sees them
 * @param verdict    null until every lane has finished
 * @param inside     what the database holds now (transactions, locks, waits), read by the run's watcher
 * @param deadlockStood what it held while the last step stood in a deadlock, before the database broke it; else null
 */
public record SessionSnapshot(long generation, RunPlan plan, EngineInfo engine, DiagramInput diagram, List<LaneStatus> lanes,
        List<String> history, List<String> story, List<TableSnapshot> tables, Verdict verdict,
        Inside inside, Inside deadlockStood) {

    public boolean finished() {
        return verdict != null;
    }

    public LaneStatus lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }
}
