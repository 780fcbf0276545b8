// Paints a DiagramLayout as an SVG document with JFreeSVG: vector shapes, text kept as <text> with fallback font families.
package org.interleave.diagram.render;

import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.LayoutPainter;
import org.interleave.diagram.TextMeasurer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

public final class SvgRenderer {
    private final TextMeasurer measurer;

    public SvgRenderer(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /**
     * A complete SVG document for the layout: an XML declaration and one {@code <svg>} element, without JFreeSVG's
     * SVG 1.0 DOCTYPE, so no reader is sent to fetch an external DTD.
     */
    public String svg(DiagramLayout layout) {
        SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(AwtFonts::cssFamily);
        new LayoutPainter(measurer).paint(layout, new Java2DCanvas(g));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true, new ViewBox(0, 0, layout.width(), layout.height()), null, null) + "\n";
    }
}
