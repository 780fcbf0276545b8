// Measures text with Java2D fonts (antialiased, fractional metrics), matching what PngRenderer and SvgRenderer draw.
package org.interleave.diagram.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import org.interleave.diagram.FontSpec;
import org.interleave.diagram.TextMeasurer;

public final class Java2DTextMeasurer implements TextMeasurer {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    @Override
    public double width(String text, FontSpec font) {
        if (text.isEmpty()) return 0;
        return AwtFonts.font(font).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double lineHeight(FontSpec font) {
        LineMetrics lm = metrics(font);
        return Math.ceil((lm.getAscent() + lm.getDescent() + lm.getLeading()) * 1.12 * 100) / 100;
    }

    @Override
    public double ascent(FontSpec font) {
        LineMetrics lm = metrics(font);
        return lm.getAscent() + (lineHeight(font) - lm.getAscent() - lm.getDescent() - lm.getLeading()) / 2;
    }

    private static LineMetrics metrics(FontSpec spec) {
        Font f = AwtFonts.font(spec);
        return f.getLineMetrics("Mg", CONTEXT);
    }
}
