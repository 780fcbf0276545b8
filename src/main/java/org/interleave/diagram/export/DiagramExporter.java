// Produces the bytes of an export in any format: pictures from the one layout, text forms from the same run.
package org.interleave.diagram.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.SequenceLayoutBuilder;
import org.interleave.diagram.TextMeasurer;
import org.interleave.diagram.render.Java2DTextMeasurer;
import org.interleave.diagram.render.PngRenderer;
import org.interleave.diagram.render.SvgRenderer;
import org.interleave.diagram.text.MarkdownHandout;
import org.interleave.diagram.text.MermaidWriter;
import org.interleave.diagram.text.PlantUmlWriter;
import org.interleave.engine.RunRecord;

public final class DiagramExporter {
    private DiagramExporter() {}

    /** The layout exports paint: built with Java2D's measurer at font scale 1. */
    public static DiagramLayout layout(DiagramInput in) {
        return layout(in, false);
    }

    /** As {@link #layout(DiagramInput)}, with or without the lock track beside each lane. */
    public static DiagramLayout layout(DiagramInput in, boolean lockTrack) {
        return new SequenceLayoutBuilder(new Java2DTextMeasurer()).withLockTrack(lockTrack).layout(in);
    }

    /**
     * The export of a run as it stands. PNG and SVG paint {@link #layout}; {@code scale} (1 to 3) is for PNG only.
     * {@code comparison} is for the Markdown handout (see {@code HandoutComparison}); other formats ignore it.
     */
    public static byte[] export(DiagramInput in, ExportFormat format, int scale, List<RunRecord> comparison) {
        return export(in, format, scale, comparison, false);
    }

    /** As above; with {@code lockTrack}, every format shows the lock track (text formats as activations or a list). */
    public static byte[] export(DiagramInput in, ExportFormat format, int scale, List<RunRecord> comparison, boolean lockTrack) {
        switch (format) {
            case PNG: case SVG: return picture(layout(in, lockTrack), new Java2DTextMeasurer(), format, scale);
            case MERMAID: return utf8(MermaidWriter.write(in, lockTrack));
            case PLANTUML: return utf8(PlantUmlWriter.write(in, lockTrack));
            case MARKDOWN: return utf8(MarkdownHandout.write(in, comparison == null ? List.of() : comparison, lockTrack));
            default: throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** PNG or SVG of an already computed layout (e.g. the one the window shows), measured with {@code measurer}. */
    public static byte[] picture(DiagramLayout layout, TextMeasurer measurer, ExportFormat format, int scale) {
        if (format == ExportFormat.PNG) return new PngRenderer(measurer).png(layout, scale);
        if (format == ExportFormat.SVG) return utf8(new SvgRenderer(measurer).svg(layout));
        throw new IllegalArgumentException(format + " is not a picture format");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
