// Measures text for the layout; each toolkit (JavaFX, Java2D) supplies its own so the layout fits its fonts.
package org.interleave.diagram;

public interface TextMeasurer {
    double width(String text, FontSpec font);

    /** Distance from one baseline to the next. */
    double lineHeight(FontSpec font);

    /** Distance from the top of a line to its baseline. */
    default double ascent(FontSpec font) {
        return lineHeight(font) * 0.78;
    }
}
