// A DiagramCanvas on a Java2D Graphics2D: the PNG image and the SVG document are both painted through it.
package org.interleave.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.interleave.diagram.DiagramCanvas;
import org.interleave.diagram.FontSpec;

final class Java2DCanvas implements DiagramCanvas {
    private final Graphics2D g;

    Java2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double cornerRadius, int argb) {
        g.setColor(color(argb));
        g.fill(rect(x, y, width, height, cornerRadius));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double cornerRadius, int argb, double lineWidth) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(rect(x, y, width, height, cornerRadius));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, double[] dash) {
        g.setColor(color(argb));
        float[] pattern = null;
        if (dash != null) {
            pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) pattern[i] = (float) dash[i];
        }
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int argb) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        g.setColor(color(argb));
        g.fill(p);
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, int argb) {
        g.setColor(color(argb));
        g.setFont(AwtFonts.font(font));
        g.drawString(text, (float) x, (float) y);
    }

    private static java.awt.Shape rect(double x, double y, double w, double h, double r) {
        return r > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r) : new Rectangle2D.Double(x, y, w, h);
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }
}
