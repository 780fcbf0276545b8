// Test measurer: every character is 0.6 em wide and a line is 1.3 em, so layouts are the same on every machine.
package org.interleave.diagram;

public final class FixedWidthMeasurer implements TextMeasurer {
    @Override
    public double width(String text, FontSpec font) {
        return text.length() * font.size() * 0.6;
    }

    @Override
    public double lineHeight(FontSpec font) {
        return font.size() * 1.3;
    }

    @Override
    public double ascent(FontSpec font) {
        return font.size();
    }
}
