// Draws or writes out an export's content off the FX thread, from the same layout builder the window uses.
package org.interleave.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.export.DiagramExporter;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.diagram.render.Java2DTextMeasurer;
import org.interleave.diagram.render.PngRenderer;
import org.interleave.diagram.text.MermaidWriter;
import org.interleave.engine.RunRecord;

/** Never on the FX thread: a 3x PNG of a long run takes a noticeable moment. */
final class ExportRendering {
    /** The bytes to write and a few words about them for the status line, e.g. "PNG image, 2×, 2418×1530 px". */
    record Rendered(byte[] bytes, String detail) {}

    private ExportRendering() {}

    /** {@code comparison}: the handout's other runs (Markdown only). */
    static Rendered render(ExportRequest r, List<RunRecord> comparison) {
        ExportFormat format = r.format();
        if (format == ExportFormat.MARKDOWN && !r.quiz().isEmpty()) {
            String handout = new String(DiagramExporter.export(r.input(), format, 1, comparison, r.lockTrack()), java.nio.charset.StandardCharsets.UTF_8);
            byte[] withQuiz = (handout + "\n" + org.interleave.diagram.text.QuizMarkdown.section(r.quiz()))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new Rendered(withQuiz, format.description() + ", with the quiz");
        }
        if (!format.picture()) return new Rendered(DiagramExporter.export(r.input(), format, 1, comparison, r.lockTrack()), format.description());
        DiagramLayout layout = DiagramExporter.layout(r.input(), r.lockTrack());
        byte[] bytes = DiagramExporter.picture(layout, new Java2DTextMeasurer(), format, r.scale());
        if (format != ExportFormat.PNG) return new Rendered(bytes, format.description());
        return new Rendered(bytes, format.description() + ", " + r.scale() + "×, " + size(layout, r.scale()));
    }

    /** The picture for the clipboard, at {@code scale}. */
    static BufferedImage image(DiagramInput input, int scale, boolean lockTrack) {
        return new PngRenderer(new Java2DTextMeasurer()).image(DiagramExporter.layout(input, lockTrack), scale);
    }

    static String mermaid(DiagramInput input) {
        return MermaidWriter.write(input);
    }

    static String size(DiagramLayout layout, int scale) {
        return PngRenderer.pixels(layout.width(), scale) + "×" + PngRenderer.pixels(layout.height(), scale) + " px";
    }
}
