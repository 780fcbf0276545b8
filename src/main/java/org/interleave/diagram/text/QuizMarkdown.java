// The quiz's part of a Markdown handout: the score, every prediction beside what the database did, and what went otherwise.
package org.interleave.diagram.text;

import org.interleave.engine.quiz.QuizRecord;

public final class QuizMarkdown {
    private QuizMarkdown() {}

    /** The section, or "" when nothing was asked. */
    public static String section(QuizRecord r) {
        if (r.isEmpty()) return "";
        StringBuilder md = new StringBuilder("## Quiz\n\n**").append(MarkdownHandout.inline(r.scoreWords())).append("**\n\n");
        if (!r.steps().isEmpty()) {
            md.append("| Step | Predicted | The database | |\n|---|---|---|---|\n");
            for (QuizRecord.StepGuess g : r.steps()) {
                md.append("| ").append(MarkdownHandout.cell(g.lane() + " · " + g.stepId())).append(" | ")
                        .append(MarkdownHandout.cell(g.predicted().words())).append(" | ").append(MarkdownHandout.cell(g.answer().words()))
                        .append(" | ").append(g.right() ? "✓" : "✗").append(" |\n");
            }
            md.append('\n');
        }
        if (r.misses().isEmpty()) {
            md.append("Every prediction was right.\n");
        } else {
            md.append("What went otherwise than predicted:\n\n");
            for (String miss : r.misses()) md.append("- ").append(MarkdownHandout.inline(miss)).append('\n');
        }
        return md.append('\n').toString();
    }
}
