// The end of a run in business words: the outcome, each check, the lanes' final states and the caveat.
package org.interleave.engine;

import java.util.List;
import java.util.Map;
import org.interleave.scenario.Outcome;

/**
 * @param summary  one sentence, e.g. "shop balance is 1100, expected 1050: lost update"
 * @param expected the outcome the scenario states for this engine, or null when it states none
 * @param engine   the engine the run was judged on
 */
public record Verdict(Outcome outcome, List<CheckResult> checks, Map<String, LaneState> lanes, String summary, String caveat,
        Outcome expected, EngineInfo engine, boolean scenarioError) {
    public boolean anomaly() {
        return outcome == Outcome.ANOMALY;
    }

    /** "anomaly", "safe", "safe, at a price", or "scenario error" when a statement of the file is wrong: the same words everywhere. */
    public String headline() {
        return scenarioError ? "scenario error" : outcome.headline();
    }

    /** "ANOMALY — shop balance is 1100, expected 1050: lost update", as the diagram, the handout and the CLI print it. */
    public String line() {
        return headline().toUpperCase(java.util.Locale.ROOT) + " — " + summary;
    }
}
