// The words every form of the diagram uses for a step: SQL on one line, its binds, its result, its error, its wait.
package org.interleave.diagram;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.RunPlan;

public final class StepWords {
    private StepWords() {}

    /** "1 event" or "3 events": how far an unfinished run has come. */
    public static String eventCount(int events) {
        return events + (events == 1 ? " event" : " events");
    }

    /** The SQL with its whitespace collapsed to single spaces. */
    public static String sql(RunEvent e) {
        return oneLine(e.sql());
    }

    /** The bound values as {@code [:cur_balance = 1000]}, or "" when there are none. */
    public static String binds(RunEvent e) {
        return binds(e.binds());
    }

    public static String binds(Map<String, String> binds) {
        if (binds == null || binds.isEmpty()) return "";
        return binds.entrySet().stream().map(b -> ":" + b.getKey() + " = " + b.getValue())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** SQL and binds on one line: {@code UPDATE ... :cur_balance + 100 ...  [:cur_balance = 1000]}. */
    public static String sqlWithBinds(RunEvent e) {
        String b = binds(e);
        return b.isEmpty() ? sql(e) : sql(e) + "  " + b;
    }

    /** The answer in a few words: "balance = 1000", "1 row changed", "committed", the error, the wait, "not run: ...". */
    public static String result(RunEvent e) {
        if (e.status() == StepStatus.FAILED) return error(e);
        return oneLine(e.resultText());
    }

    /** A failed step's error in words: {@code serialization failure (write conflict), SQLState 40001}. */
    public static String error(RunEvent e) {
        if (e.error() == null) return "failed";
        String state = e.error().sqlState() == null || e.error().sqlState().isBlank() ? "" : ", SQLState " + e.error().sqlState();
        return e.error().kind().words() + state;
    }

    /** What happened to the lane's transaction when a step failed, e.g. "T1 is rolled back". */
    public static String failureConsequence(RunEvent e) {
        return e.lane() + " is rolled back";
    }

    /** "⟲ deadlock: T2 waited for T1, and T1 for T2; the database chose T2 as the victim". */
    public static String deadlockCycle(String victim, List<String> others) {
        if (others.isEmpty()) return "⟲ deadlock: " + victim + " and another transaction waited for each other; " + victim + " is the victim";
        String them = String.join(" and ", others);
        return "⟲ deadlock: " + victim + " waited for " + them + ", and " + them + " for " + victim + "; the database chose "
                + victim + " as the victim";
    }

    /** The sentence for a lane that waits, e.g. "waiting for T1's lock". */
    public static String waiting(RunEvent e) {
        return e.detail() != null ? oneLine(e.detail()) : "waiting";
    }

    /** "after waiting since step 2" for the completion of a step that had waited. */
    public static String released(int waitedSinceSequence) {
        return "lock granted after waiting since step " + waitedSinceSequence;
    }

    public static boolean isCommit(RunEvent e) {
        return e.committed();
    }

    public static boolean isRollback(RunEvent e) {
        return e.rolledBack() && e.laneState() == LaneState.ROLLED_BACK;
    }

    /** "Shop credits — lost update". */
    public static String title(RunPlan plan) {
        String p = plan.scenario().phenomenon();
        return p == null || p.isBlank() ? plan.scenario().title() : plan.scenario().title() + " — " + p;
    }

    /** "T1 READ COMMITTED, T2 READ COMMITTED (autocommit)". */
    public static String isolations(RunPlan plan) {
        return plan.lanes().stream().map(l -> l.id() + " " + l.isolation().sqlName() + (l.transactional() ? "" : " (autocommit)"))
                .collect(Collectors.joining(", "));
    }

    public static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
