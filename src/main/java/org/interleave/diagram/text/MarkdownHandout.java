// Writes the Markdown handout: title, story, setup SQL, the Mermaid diagram, the steps, the verdict and a comparison.
package org.interleave.diagram.text;

import java.util.List;
import java.util.Locale;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.StepWords;
import org.interleave.engine.CheckResult;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepStatus;
import org.interleave.engine.Verdict;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;

public final class MarkdownHandout {
    private MarkdownHandout() {}

    /**
     * @param others runs of the same scenario under the other plans to compare with (the unprotected one, or the
     *               protections when {@code in} is unprotected), each run to its end
     */
    public static String write(DiagramInput in, List<RunRecord> others) {
        return write(in, others, false);
    }

    /** As {@link #write(DiagramInput, List)}; with {@code lockTrack}, a "Locks held" section lists each lock span. */
    public static String write(DiagramInput in, List<RunRecord> others, boolean lockTrack) {
        RunPlan plan = in.plan();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(StepWords.title(plan))).append("\n\n");
        md.append("**Scenario** `").append(plan.scenario().id()).append("` · **Protection:** ").append(inline(plan.protectionTitle()))
                .append(" · **Isolation:** ").append(inline(StepWords.isolations(plan))).append(" · **Engine:** ").append(inline(in.engine().displayName()))
                .append("\n\n");
        md.append("## The story\n\n").append(inline(plan.scenario().story() == null ? "" : plan.scenario().story().strip())).append("\n\n");
        if (plan.protection() != null && plan.protection().explain() != null) {
            md.append("**The protection:** ").append(inline(plan.protection().explain())).append("\n\n");
        }
        md.append("| Lane | What it does | Isolation | Mode | At the end |\n|---|---|---|---|---|\n");
        for (Lane lane : plan.lanes()) {
            LaneState state = in.laneStates().getOrDefault(lane.id(), LaneState.NOT_STARTED);
            md.append("| ").append(cell(lane.id())).append(" | ").append(cell(lane.label())).append(" | ").append(lane.isolation().sqlName())
                    .append(" | ").append(lane.transactional() ? "one transaction" : "autocommit").append(" | ").append(state.words()).append(" |\n");
        }
        md.append("\n## Setup\n\n```sql\n");
        for (EngineSql sql : plan.setup()) {
            String text = sql.forEngine(in.engine().id()).orElse(sql.anyText()).strip();
            md.append(text).append(text.endsWith(";") ? "" : ";").append('\n');
        }
        md.append("```\n\n## The diagram\n\n```mermaid\n").append(MermaidWriter.write(in)).append("```\n\n");
        md.append("## Step by step\n\n| # | Lane | Step | SQL | Result |\n|---|---|---|---|---|\n");
        for (RunEvent e : in.events()) {
            md.append("| ").append(e.sequence()).append(" | ").append(e.lane()).append(" | ").append(cell(e.stepId())).append(" | ")
                    .append(e.afterWait() ? "*(continues step " + e.stepId() + " after the wait)*" : code(StepWords.sqlWithBinds(e)))
                    .append(" | ").append(cell(result(e))).append(" |\n");
        }
        List<RunEvent> failed = in.events().stream().filter(e -> e.status() == org.interleave.engine.StepStatus.FAILED && e.error() != null).toList();
        if (!failed.isEmpty()) {
            md.append("\n## What the errors mean\n\n");
            for (RunEvent e : failed) {
                md.append("- **Step ").append(e.sequence()).append(", ").append(e.lane()).append(":** ").append(inline(e.error().heading()))
                        .append(". ").append(inline(e.error().kind().explanation()));
                if (e.error().shortMessage() != null && !e.error().shortMessage().isBlank())
                    md.append(" The database said: ").append(code(e.error().shortMessage()));
                md.append('\n');
            }
        }
        List<org.interleave.engine.StepSurprise> surprises = org.interleave.engine.ExpectedSteps.surprises(plan, in.engine().id(), in.events(),
                in.verdict() != null);
        if (!surprises.isEmpty()) {
            md.append("\n## Steps that did not do what the scenario expects on ").append(in.engine().id().productName()).append("\n\n");
            for (var s : surprises) {
                md.append("- **").append(s.sequence() > 0 ? "Step " + s.sequence() + ", " : "").append(s.lane()).append('.').append(cell(s.stepId()))
                        .append(":** ").append(inline(s.sentence())).append('\n');
            }
        }
        if (lockTrack) {
            List<LockSpans.Span> spans = LockSpans.of(in.events());
            md.append("\n## Locks held\n\n");
            if (spans.isEmpty()) md.append("No lane held a row lock in a transaction of its own.\n");
            for (LockSpans.Span s : spans) md.append("- ").append(inline(LockSpans.words(s))).append('\n');
        }
        md.append("\n## Verdict\n\n").append(verdict(in.verdict(), in.events().size()));
        md.append("\n## With and without the protection\n\n");
        md.append("| Run | Outcome | Checks | Lanes at the end |\n|---|---|---|---|\n");
        md.append(row(plan, in.verdict(), in.laneStates(), true));
        for (RunRecord r : others) md.append(row(r.plan(), r.verdict(), r.lanes(), false));
        md.append('\n').append(comparisonSentence(plan, in.verdict(), others)).append('\n');
        return md.toString();
    }

    private static String result(RunEvent e) {
        String r = StepWords.result(e);
        if (e.status() == StepStatus.WAITING) return "⏳ " + r;
        if (e.status() == StepStatus.FAILED) return "❌ " + r + " — " + StepWords.failureConsequence(e);
        if (e.afterWait()) return "lock granted, " + r;
        if (e.rows() != null && e.rows().rows().size() > 1) return e.rows().rows().size() + " rows: " + e.rows().rows();
        return r;
    }

    private static String verdict(Verdict v, int events) {
        if (v == null) return "No verdict yet: the run is not finished (" + StepWords.eventCount(events) + " so far).\n";
        StringBuilder b = new StringBuilder("**").append(v.headline().toUpperCase(Locale.ROOT)).append("** — ").append(inline(v.summary())).append("\n\n");
        for (CheckResult c : v.checks()) {
            b.append("- ").append(c.holds() ? "✓ " : "✗ ").append(inline(c.name())).append(": expected ").append(inline(c.expected()))
                    .append(", actual ").append(inline(c.actual())).append(c.holds() ? " (holds)" : " (fails)");
            if (c.explain() != null) b.append(" — ").append(inline(StepWords.oneLine(c.explain())));
            b.append('\n');
        }
        if (v.expected() != null && v.expected() != v.outcome()) b.append("\nThe scenario states ").append(v.expected().headline()).append(" for this engine.\n");
        if (v.caveat() != null && !v.caveat().isBlank()) b.append("\n> **Caveat:** ").append(inline(StepWords.oneLine(v.caveat()))).append('\n');
        return b.toString();
    }

    private static String row(RunPlan plan, Verdict v, java.util.Map<String, LaneState> lanes, boolean current) {
        String name = cell(plan.protectionTitle()) + (current ? " *(this run)*" : "");
        String outcome = v == null ? "not finished" : "**" + v.headline() + "** — " + cell(v.summary());
        StringBuilder checks = new StringBuilder();
        if (v != null) {
            for (CheckResult c : v.checks()) {
                if (checks.length() > 0) checks.append("; ");
                checks.append(cell(c.name())).append(" ").append(cell(c.actual())).append(" (expected ").append(cell(c.expected())).append(")");
            }
        }
        StringBuilder states = new StringBuilder();
        for (java.util.Map.Entry<String, LaneState> e : lanes.entrySet()) {
            if (states.length() > 0) states.append(", ");
            states.append(e.getKey()).append(' ').append(e.getValue().words());
        }
        return "| " + name + " | " + outcome + " | " + checks + " | " + states + " |\n";
    }

    private static String comparisonSentence(RunPlan plan, Verdict v, List<RunRecord> others) {
        if (others.isEmpty()) return "This scenario has no other variant to compare with.";
        StringBuilder b = new StringBuilder();
        b.append(plan.protection() == null ? "Without protection" : "With " + plan.protectionTitle())
                .append(v == null ? " the run is not finished yet" : " the outcome is **" + v.headline() + "**");
        for (RunRecord r : others) {
            b.append("; ").append(r.plan().protection() == null ? "without protection" : "with " + r.plan().protectionTitle())
                    .append(r.verdict() == null ? " the run does not finish" : " it is **" + r.verdict().headline() + "**");
        }
        return inline(b.append('.').toString());
    }

    /** Text for a table cell: one line, pipes escaped. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /**
     * Markdown-safe running text: one line, HTML brackets as entities, and the brackets of links and images and the
     * backticks of code escaped, so that words from a scenario file can never become an image a viewer fetches.
     */
    static String inline(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        for (char c : StepWords.oneLine(s).toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '[', ']', '`' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Inline code that survives backticks and pipes in the SQL. */
    static String code(String sql) {
        String text = StepWords.oneLine(sql).replace("|", "\\|");
        String fence = text.contains("`") ? "`` " : "`";
        String close = text.contains("`") ? " ``" : "`";
        return fence + text + close;
    }
}
