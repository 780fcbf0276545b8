// Lines of text of one font and role, wrapped to a width and measured; the unit labels are built from.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.List;

public final class TextBlock {
    private final List<String> lines;
    private final FontSpec font;
    private final Role role;
    private final double width;
    private final double lineHeight;
    private final double ascent;

    private TextBlock(List<String> lines, FontSpec font, Role role, double width, double lineHeight, double ascent) {
        this.lines = List.copyOf(lines);
        this.font = font;
        this.role = role;
        this.width = width;
        this.lineHeight = lineHeight;
        this.ascent = ascent;
    }

    /** The text wrapped at spaces (words longer than {@code maxWidth} are cut) so no line is wider than {@code maxWidth}. */
    public static TextBlock wrap(String text, FontSpec font, Role role, double maxWidth, TextMeasurer m) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) wrapParagraph(paragraph.strip(), font, maxWidth, m, lines);
        double w = 0;
        for (String line : lines) w = Math.max(w, m.width(line, font));
        return new TextBlock(lines, font, role, w, m.lineHeight(font), m.ascent(font));
    }

    /** One line, never wrapped. */
    public static TextBlock line(String text, FontSpec font, Role role, TextMeasurer m) {
        return new TextBlock(List.of(text), font, role, m.width(text, font), m.lineHeight(font), m.ascent(font));
    }

    private static void wrapParagraph(String paragraph, FontSpec font, double maxWidth, TextMeasurer m, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (m.width(candidate, font) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) out.add(current.toString());
            current.setLength(0);
            String rest = word;
            while (m.width(rest, font) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && m.width(rest.substring(0, cut), font) > maxWidth) cut--;
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (current.length() > 0) out.add(current.toString());
    }

    public List<String> lines() {
        return lines;
    }

    public double width() {
        return width;
    }

    public double height() {
        return lines.size() * lineHeight;
    }

    public Role role() {
        return role;
    }

    public FontSpec font() {
        return font;
    }

    /** Adds one Text per line; {@code x} is the left edge, the centre or the right edge according to {@code anchor}. */
    public void emit(List<Shape> out, double x, double top, Shape.Anchor anchor) {
        emit(out, x, top, anchor, role);
    }

    public void emit(List<Shape> out, double x, double top, Shape.Anchor anchor, Role asRole) {
        double baseline = top + ascent;
        for (String line : lines) {
            if (!line.isEmpty()) out.add(new Shape.Text(asRole, x, baseline, line, font, anchor));
            baseline += lineHeight;
        }
    }

    /** The height of blocks stacked one under another. */
    public static double height(List<TextBlock> blocks) {
        double h = 0;
        for (TextBlock b : blocks) h += b.height();
        return h;
    }

    public static double width(List<TextBlock> blocks) {
        double w = 0;
        for (TextBlock b : blocks) w = Math.max(w, b.width());
        return w;
    }

    /** Emits blocks stacked one under another, left-aligned at {@code x}; returns the bottom. */
    public static double emitStack(List<Shape> out, List<TextBlock> blocks, double x, double top) {
        double y = top;
        for (TextBlock b : blocks) {
            b.emit(out, x, y, Shape.Anchor.LEFT);
            y += b.height();
        }
        return y;
    }
}
