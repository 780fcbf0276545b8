// The comparison of engines as a Markdown table: one row per step, one column per engine, ≠ where they differ.
package org.interleave.diagram.text;

import java.util.List;
import org.interleave.diagram.StepWords;
import org.interleave.engine.compare.Comparison;
import org.interleave.engine.compare.EngineRun;
import org.interleave.engine.compare.StepOutcome;
import org.interleave.engine.compare.StepRow;

public final class ComparisonMarkdown {
    private ComparisonMarkdown() {}

    /** A section of its own, headed "The same schedule on every engine". */
    public static String section(Comparison c) {
        StringBuilder md = new StringBuilder("## The same schedule on every engine\n\n");
        md.append("Schedule: `").append(String.join(" ", c.schedule())).append("`. Rows marked ≠ differ between the engines.\n\n");
        md.append("| | step | SQL |");
        for (EngineRun r : c.runs()) md.append(' ').append(MarkdownHandout.cell(r.name())).append(" |");
        md.append("\n|---|---|---|");
        for (int i = 0; i < c.runs().size(); i++) md.append("---|");
        md.append('\n');
        for (StepRow row : c.rows()) {
            md.append("| ").append(row.differs() ? "≠" : "").append(" | ").append(row.position()).append(". ").append(row.lane()).append(' ')
                    .append(MarkdownHandout.cell(row.stepId())).append(" | ").append(MarkdownHandout.code(row.sql())).append(" |");
            for (EngineRun r : c.runs()) {
                StepOutcome o = row.outcomes().get(r.id());
                md.append(' ').append(o == null ? "–" : MarkdownHandout.cell(o.words())).append(" |");
            }
            md.append('\n');
        }
        md.append("| | **verdict** | |");
        for (EngineRun r : c.runs()) md.append(' ').append(MarkdownHandout.cell(verdict(r))).append(" |");
        md.append("\n\n");
        List<EngineRun> missing = c.runs().stream().filter(r -> !r.ran()).toList();
        for (EngineRun r : missing) md.append("- ").append(MarkdownHandout.inline(r.name())).append(": ").append(MarkdownHandout.inline(r.unavailable())).append('\n');
        if (!missing.isEmpty()) md.append('\n');
        return md.toString();
    }

    /** "ANOMALY — shop balance is 1100, expected 1050: lost update", or why there is none. */
    public static String verdict(EngineRun r) {
        if (!r.ran()) return "not available";
        if (r.record().verdict() == null) return "did not finish";
        return StepWords.oneLine(r.record().verdict().line());
    }
}
