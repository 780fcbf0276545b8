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
        if (e.laneState() != LaneState.ABORTED && e.detail() != null) return oneLine(e.detail()); // on_error: continue
        return e.lane() + " is rolled back";
    }

    /** "⟲ deadlock: T2 waited for T1, and T1 for T2; the database chose T2 as the victim". */
    public static String deadlockCycle(String victim, List<String> others) {
        if (others.isEmpty()) return "⟲ deadlock: " + victim + " and another transaction waited for each other; " + victim + " is the victim";
        String them = String.join(" and ", others);
        return "⟲ deadlock: " + victim + " waited for " + them + ", and " + them + " for " + victim + "; the database chose "
                + victim + " as the victim";
    }

    /**
     * The cycle in its order when three lanes or more stand in it: "⟲ deadlock: T1 waited for T3, T3 for T2 and T2
     * for T1; the database chose T1 as the victim". {@code waits} holds, per lane still waiting when the victim
     * failed (the victim too, if it had been reported waiting), the lanes it waited for. The chain starts at the
     * victim, goes to the lane it waited for (or, when its wait was never reported, to the waiting lane that nobody
     * waits for) and follows the waits; a lane at its end whose wait was not reported must wait for the victim,
     * since the cycle holds the victim. Two lanes, or waits that make no chain, keep the two-lane sentence.
     */
    public static String deadlockCycle(String victim, List<String> others, java.util.Map<String, List<String>> waits) {
        List<String> chain = new java.util.ArrayList<>(List.of(victim));
        List<String> waiting = waits.keySet().stream().filter(l -> !l.equals(victim)).toList();
        String next = waits.getOrDefault(victim, List.of()).stream().findFirst().orElseGet(() -> waiting.stream()
                .filter(l -> waiting.stream().noneMatch(w -> waits.get(w).contains(l))).findFirst().orElse(null));
        while (next != null && !next.equals(victim) && !chain.contains(next)) {
            chain.add(next);
            next = waits.getOrDefault(next, List.of()).stream().findFirst().orElse(victim);
        }
        if (chain.size() < 3 || !victim.equals(next)) return deadlockCycle(victim, others);
        StringBuilder b = new StringBuilder("⟲ deadlock: " + victim + " waited for " + chain.get(1));
        for (int i = 1; i < chain.size(); i++) {
            b.append(i + 1 < chain.size() ? ", " : " and ").append(chain.get(i)).append(" for ").append(i + 1 < chain.size() ? chain.get(i + 1) : victim);
        }
        return b + "; the database chose " + victim + " as the victim";
    }

    /**
     * What a completed step kept of its answer beyond a first row's column (that one is in its answer already): "kept
     * :sold = 1", "kept :names = [Alice, Bob]"; empty when nothing such. {@code plan} gives the step's captures.
     */
    public static String kept(RunEvent e, org.interleave.scenario.RunPlan plan) {
        if (e.captured().isEmpty()) return "";
        var step = plan.lane(e.lane()).filter(l -> e.stepIndex() < l.steps().size()).map(l -> l.steps().get(e.stepIndex()));
        if (step.isEmpty()) return "";
        List<String> parts = new java.util.ArrayList<>();
        step.get().capture().forEach((name, c) -> {
            if (c.kind() != org.interleave.scenario.Capture.Kind.FIRST_ROW && e.captured().containsKey(name)) {
                parts.add(":" + name + " = " + e.captured().get(name));
            }
        });
        return parts.isEmpty() ? "" : "kept " + String.join(", ", parts);
    }

    /**
     * How each lane ended, e.g. "T1 committed, T2 aborted"; a lane running in autocommit that opened a transaction
     * with BEGIN and never ended it is told as such: the run rolls it back when it closes.
     */
    public static String laneEnds(Map<String, LaneState> states, RunPlan plan) {
        return laneStates(states, plan, true);
    }

    /** As {@link #laneEnds}, or, for a run still going ({@code ended} false), where each lane stands now. */
    public static String laneStates(Map<String, LaneState> states, RunPlan plan, boolean ended) {
        return states.entrySet().stream().map(e -> e.getKey() + " " + (ended && e.getValue() == LaneState.ACTIVE
                && plan.lane(e.getKey()).map(l -> !l.transactional()).orElse(false)
                        ? "left its transaction open (the run rolls it back)" : e.getValue().words())).collect(Collectors.joining(", "));
    }

    /** The sentence for a lane that waits, e.g. "waiting for T1's lock". */
    public static String waiting(RunEvent e) {
        return e.detail() != null ? oneLine(e.detail()) : "waiting";
    }

    private static final java.util.regex.Pattern LOCKING_READ = java.util.regex.Pattern.compile(
            "\\bFOR\\s+(NO\\s+KEY\\s+)?UPDATE\\b|\\bFOR\\s+(KEY\\s+)?SHARE\\b|\\bLOCK\\s+IN\\s+SHARE\\s+MODE\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SHARED = java.util.regex.Pattern.compile("SHARE", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * For a completed step that took row locks its open transaction keeps (a change of rows, or a read FOR UPDATE /
     * FOR SHARE), "T1 holds this row's lock until its transaction ends"; empty otherwise. An autocommit lane's locks
     * end with its statement, so it holds none.
     */
    public static java.util.Optional<String> lockTaken(RunEvent e) {
        if (e.status() != StepStatus.COMPLETED || e.laneState() != LaneState.ACTIVE) return java.util.Optional.empty();
        int rows;
        boolean shared = false;
        if (e.kind() == org.interleave.scenario.StepKind.DML) {
            rows = e.updateCount() == null ? 0 : e.updateCount();
        } else if (e.kind() == org.interleave.scenario.StepKind.QUERY && e.rows() != null) {
            java.util.regex.Matcher m = LOCKING_READ.matcher(e.sql());
            if (!m.find()) return java.util.Optional.empty();
            shared = SHARED.matcher(m.group()).find();
            rows = e.rows().rows().size();
        } else {
            return java.util.Optional.empty();
        }
        if (rows <= 0) return java.util.Optional.empty();
        return java.util.Optional.of(lockWords(e.lane(), rows, shared));
    }

    static String lockWords(String lane, int rows, boolean shared) {
        String what = shared ? (rows == 1 ? "a shared lock on this row" : "shared locks on these " + rows + " rows")
                : rows == 1 ? "this row's lock" : "the locks on these " + rows + " rows";
        return lane + " holds " + what + " until its transaction ends";
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
