// The few drawing operations a toolkit must offer so LayoutPainter can paint a layout on it (JavaFX, Java2D, SVG).
package org.interleave.diagram;

/** Colours are ARGB ints ({@code 0xAARRGGBB}); coordinates are diagram pixels, the canvas applies any zoom. */
public interface DiagramCanvas {
    void fillRect(double x, double y, double width, double height, double cornerRadius, int argb);

    void strokeRect(double x, double y, double width, double height, double cornerRadius, int argb, double lineWidth);

    /** A straight line; {@code dash} is null for a solid line, else on/off lengths. */
    void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, double[] dash);

    void fillPolygon(double[] xs, double[] ys, int argb);

    /** Text with its baseline starting at (x, y). */
    void text(String text, double x, double y, FontSpec font, int argb);
}
