// Paints a DiagramLayout on any DiagramCanvas with DiagramStyle, so the window, PNG and SVG show the same picture.
package org.interleave.diagram;

public final class LayoutPainter {
    private final TextMeasurer measurer;

    /** {@code measurer} places centred and right-anchored text; use the one the layout was built with. */
    public LayoutPainter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Paints the background and every shape in order. */
    public void paint(DiagramLayout layout, DiagramCanvas canvas) {
        canvas.fillRect(0, 0, layout.width(), layout.height(), 0, DiagramStyle.background());
        for (Shape s : layout.shapes()) paint(s, canvas);
    }

    public void paint(Shape shape, DiagramCanvas canvas) {
        if (shape instanceof Shape.Box b) {
            box(b.role(), b.x(), b.y(), b.width(), b.height(), b.rounded(), canvas);
        } else if (shape instanceof Shape.Line l) {
            line(l, canvas);
        } else if (shape instanceof Shape.Text t) {
            text(t, canvas);
        } else if (shape instanceof Shape.Table t) {
            box(t.role(), t.x(), t.y(), t.width(), t.height(), false, canvas);
            for (Shape.Line rule : t.rules()) line(rule, canvas);
            for (Shape.Text cell : t.cells()) text(cell, canvas);
        }
    }

    private static void box(Role role, double x, double y, double w, double h, boolean rounded, DiagramCanvas canvas) {
        double r = rounded ? DiagramStyle.cornerRadius(role, w, h) : 0;
        int fill = DiagramStyle.fill(role);
        if (fill != DiagramStyle.NONE) canvas.fillRect(x, y, w, h, r, fill);
        int stroke = DiagramStyle.stroke(role);
        if (stroke != DiagramStyle.NONE) canvas.strokeRect(x, y, w, h, r, stroke, DiagramStyle.strokeWidth(role));
    }

    private static void line(Shape.Line l, DiagramCanvas canvas) {
        int color = DiagramStyle.stroke(l.role());
        if (color == DiagramStyle.NONE) color = DiagramStyle.text(l.role());
        double width = DiagramStyle.strokeWidth(l.role());
        double dx = l.x2() - l.x1();
        double dy = l.y2() - l.y1();
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double size = DiagramStyle.headSize();
        double[] dash = l.dashed() ? DiagramStyle.dash(l.role()) : null;
        // a filled head covers the last part of the line, so stop the line at the head's base to keep the tip sharp
        double endX = l.head() == Shape.Head.FILLED ? l.x2() - ux * size * 0.8 : l.x2();
        double endY = l.head() == Shape.Head.FILLED ? l.y2() - uy * size * 0.8 : l.y2();
        canvas.line(l.x1(), l.y1(), endX, endY, color, width, dash);
        double half = size * 0.45;
        switch (l.head()) {
            case FILLED:
                canvas.fillPolygon(
                        new double[] {l.x2(), l.x2() - ux * size - uy * half, l.x2() - ux * size + uy * half},
                        new double[] {l.y2(), l.y2() - uy * size + ux * half, l.y2() - uy * size - ux * half}, color);
                break;
            case OPEN:
                canvas.line(l.x2(), l.y2(), l.x2() - ux * size - uy * half, l.y2() - uy * size + ux * half, color, width, null);
                canvas.line(l.x2(), l.y2(), l.x2() - ux * size + uy * half, l.y2() - uy * size - ux * half, color, width, null);
                break;
            case CROSS:
                double c = size * 0.6;
                canvas.line(l.x2() - c, l.y2() - c, l.x2() + c, l.y2() + c, color, width + 1, null);
                canvas.line(l.x2() - c, l.y2() + c, l.x2() + c, l.y2() - c, color, width + 1, null);
                break;
            default:
                break;
        }
    }

    private void text(Shape.Text t, DiagramCanvas canvas) {
        double x = t.x();
        if (t.anchor() == Shape.Anchor.CENTER) x -= measurer.width(t.text(), t.font()) / 2;
        else if (t.anchor() == Shape.Anchor.RIGHT) x -= measurer.width(t.text(), t.font());
        canvas.text(t.text(), x, t.y(), t.font(), DiagramStyle.text(t.role()));
    }
}
