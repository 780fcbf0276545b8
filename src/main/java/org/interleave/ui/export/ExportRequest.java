// One export asked for: the diagram as shown when the user asked, the format and scale, and where to write it.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.ui.session.SessionSnapshot;

/**
 * @param schedule the lanes in the order their steps were issued so far: the handout's comparison replays it
 * @param scale    pixels per diagram pixel, for PNG only (1 to 3)
 */
public record ExportRequest(DiagramInput input, List<String> schedule, ExportFormat format, int scale, Path file, boolean lockTrack,
        org.interleave.engine.quiz.QuizRecord quiz) {

    /**
     * @param lockTrack PNG and SVG draw the lock track, as the window does when it is switched on
     * @param quiz      the quiz run so far, for the Markdown handout (empty when none)
     */
    static ExportRequest of(SessionSnapshot shown, ExportFormat format, int scale, Path file, boolean lockTrack,
            org.interleave.engine.quiz.QuizRecord quiz) {
        return new ExportRequest(shown.diagram(), List.copyOf(shown.history()), format, scale, file, lockTrack, quiz);
    }
}
