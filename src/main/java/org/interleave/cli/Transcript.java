// The text form of a finished run: one line per event, waits and errors visible, then the verdict.
package org.interleave.cli;

import static org.interleave.cli.TerminalText.one;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.interleave.diagram.StepWords;
import org.interleave.engine.CheckResult;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepSurprise;
import org.interleave.engine.Verdict;
import org.interleave.scenario.Lane;

final class Transcript {
    private final PrintWriter out;

    Transcript(PrintWriter out) {
        this.out = out;
    }

    void print(RunRecord r) {
        out.println(one(r.plan().scenario().title()) + " (" + r.plan().scenario().id() + ")");
        out.println("protection: " + one(r.plan().protectionTitle()) + " [" + r.plan().protectionId() + "]");
        out.println("engine:     " + r.engine().displayName());
        for (Lane lane : r.plan().lanes()) {
            out.println(String.format("%-12s", "lane " + lane.id() + ":") + one(lane.label()) + " — " + lane.isolation().sqlName() + ", "
                    + (lane.transactional() ? "one transaction" : "autocommit"));
        }
        boolean namesSteps = r.plan().schedule().stream().anyMatch(e -> e.step() != null);
        out.println("schedule:   " + (r.plan().scheduleName() == null ? "" : r.plan().scheduleName() + ": ")
                + String.join(" ", namesSteps ? r.plan().schedule().stream().map(org.interleave.scenario.ScheduleEntry::written).toList() : r.schedule()));
        if (!r.played().equals(r.schedule())) out.println("played:     " + String.join(" ", r.played()));
        out.println();
        int laneWidth = Math.max(4, r.plan().laneIds().stream().mapToInt(String::length).max().orElse(0));
        int stepWidth = Math.max(10, r.events().stream().mapToInt(e -> e.stepId().length()).max().orElse(0));
        String indent = " ".repeat(3 + 2 + laneWidth + 1 + stepWidth + 1);
        for (RunEvent e : r.events()) {
            out.println(line(e, laneWidth, stepWidth, indent));
            String kept = StepWords.kept(e, r.plan());
            if (!kept.isEmpty()) out.println(indent + one(kept));
            for (StepSurprise surprise : r.surprises()) {
                if (surprise.sequence() == e.sequence()) out.println(indent + "≠ " + one(surprise.sentence()));
            }
            for (RunRecord.InsideAt at : r.inside()) {
                if (at.afterEvent() != e.sequence()) continue;
                String head = at.deadlockStood() ? "inside, as the deadlock stood: " : "inside: ";
                for (String fact : at.inside().lines()) out.println(indent + head + one(fact));
            }
        }
        for (String s : r.skipped()) out.println("      not played: " + s);
        for (StepSurprise surprise : r.surprises()) {
            if (surprise.sequence() == 0) out.println("      " + surprise.lane() + "." + surprise.stepId() + " ≠ " + one(surprise.sentence()));
        }
        out.println();
        expectations(r);
        out.println("lanes: " + org.interleave.diagram.StepWords.laneEnds(r.lanes(), r.plan()));
        Verdict v = r.verdict();
        if (v == null) {
            out.println("verdict: the run did not finish, so no checks ran");
            return;
        }
        for (CheckResult c : v.checks()) {
            out.println((c.holds() ? "  ok    " : "  FAILS ") + one(c.name()) + ": " + one(c.actual()) + " (expected " + one(c.expected())
                    + ") — " + one(c.explain()));
        }
        out.println("verdict: " + one(v.line()));
        if (v.expected() != null && v.expected() != v.outcome()) {
            out.println("note: the scenario states " + v.expected().headline() + " for this engine");
        }
        if (v.caveat() != null) out.println("caveat: " + one(v.caveat()));
    }

    /** One line on the steps' expected answers, when the file states any for this engine. */
    private void expectations(RunRecord r) {
        long stated = r.plan().lanes().stream().flatMap(l -> l.steps().stream()).filter(st -> st.expectationOn(r.engine().id()).isPresent()).count();
        if (stated == 0) return;
        out.println(r.surprises().isEmpty() ? "expected steps: " + stated + " of " + stated + " did what the scenario expects on " + r.engine().id().key()
                : "expected steps: " + r.surprises().size() + " of " + stated + " did not do what the scenario expects on " + r.engine().id().key()
                        + " (marked ≠ above)");
    }

    /** One step: its number, lane and step in columns as wide as the run's longest lane and step names, then its answer below. */
    static String line(RunEvent e, int laneWidth, int stepWidth, String indent) {
        String head = String.format("%3d  %-" + laneWidth + "s %-" + stepWidth + "s ", e.sequence(), e.lane(), e.stepId());
        String sql = StepWords.oneLine(e.sql()) + binds(e.binds());
        String result = switch (e.status()) {
            case COMPLETED -> (e.afterWait() ? "released, " : "") + one(e.resultText()) + (e.writtenText().isEmpty() ? "" : ": " + one(e.writtenText()))
                    + (e.kind() == org.interleave.scenario.StepKind.COMMIT && e.rolledBack() ? " — " + one(e.detail()) : "");
            case WAITING -> "WAITS: " + e.detail();
            case FAILED -> "FAILED " + e.error().kind().words() + " [" + e.error().sqlState() + "] " + one(e.error().shortMessage())
                    + "; " + (e.laneState() == LaneState.ABORTED ? e.lane() + " rolled back" : StepWords.failureConsequence(e));
            case SKIPPED -> "skipped: " + one(e.detail());
        };
        String state = e.laneState() == LaneState.ACTIVE ? "" : "   [" + e.lane() + " " + e.laneState().words() + "]";
        String note = e.note() == null ? "" : "\n" + indent + "— " + StepWords.oneLine(e.note());
        return head + sql + "\n" + indent + "→ " + result + state + note;
    }

    private static String binds(Map<String, String> binds) {
        if (binds.isEmpty()) return "";
        return "   with " + binds.entrySet().stream().map(b -> ":" + b.getKey() + " = " + b.getValue()).collect(Collectors.joining(", "));
    }
}
