// The diagram's drawing operations on a JavaFX Canvas, so the window paints exactly what LayoutPainter lays down.
package org.interleave.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.interleave.diagram.DiagramCanvas;
import org.interleave.diagram.FontSpec;

final class FxDiagramCanvas implements DiagramCanvas {
    private final GraphicsContext g;
    private final FxFonts fonts;

    FxDiagramCanvas(GraphicsContext g, FxFonts fonts) {
        this.g = g;
        this.fonts = fonts;
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, int argb) {
        g.setFill(color(argb));
        if (cornerRadius > 0) g.fillRoundRect(x, y, width, height, 2 * cornerRadius, 2 * cornerRadius);
        else g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, int argb, double lineWidth) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        if (cornerRadius > 0) g.strokeRoundRect(x, y, width, height, 2 * cornerRadius, 2 * cornerRadius);
        else g.strokeRect(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, double[] dash) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        if (dash == null) g.setLineDashes();
        else g.setLineDashes(dash);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int argb) {
        g.setFill(color(argb));
        g.fillPolygon(xs, ys, Math.min(xs.length, ys.length));
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, int argb) {
        g.setFont(fonts.of(font));
        g.setFill(color(argb));
        g.fillText(text, x, y);
    }
}
