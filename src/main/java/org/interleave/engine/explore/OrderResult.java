// What one order of steps gave, kept small: the order as played, the outcome, the errors and the final data.
package org.interleave.engine.explore;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.LaneState;
import org.interleave.engine.TableSnapshot;
import org.interleave.scenario.Outcome;

/**
 * @param outcome       null when the order could not finish (a lane stayed waiting)
 * @param finalData     the committed tables without identity values
 * @param waitNanos     for each step that waited: how long the engine took to say so
 * @param answerNanos   for each step answered at once: how long until the answer
 */
public record OrderResult(List<String> requested, List<String> played, Outcome outcome, Set<ErrorKind> errors,
        List<TableSnapshot> finalData, Map<String, LaneState> lanes, String verdict, List<Long> waitNanos, List<Long> answerNanos,
        long elapsedNanos) {

    public boolean waited() {
        return !waitNanos.isEmpty();
    }
}
