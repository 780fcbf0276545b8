// Measures diagram text with JavaFX's own text layout, so the layout fits what the Canvas paints; FX thread only.
package org.interleave.ui.diagram;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.text.Text;
import org.interleave.diagram.FontSpec;
import org.interleave.diagram.TextMeasurer;

public final class FxTextMeasurer implements TextMeasurer {
    private final FxFonts fonts;
    private final Text probe = new Text();
    private final Map<FontSpec, double[]> lines = new HashMap<>();

    public FxTextMeasurer(FxFonts fonts) {
        this.fonts = fonts;
        probe.setTextOrigin(VPos.BASELINE);
    }

    @Override
    public double width(String text, FontSpec font) {
        if (text == null || text.isEmpty()) return 0;
        probe.setFont(fonts.of(font));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public double lineHeight(FontSpec font) {
        return metrics(font)[0];
    }

    @Override
    public double ascent(FontSpec font) {
        return metrics(font)[1];
    }

    /** Line height and ascent of a font, measured once. */
    private double[] metrics(FontSpec font) {
        return lines.computeIfAbsent(font, f -> {
            probe.setFont(fonts.of(f));
            probe.setText("Ag");
            double ascent = -probe.getLayoutBounds().getMinY();
            return new double[] {probe.getLayoutBounds().getHeight(), ascent};
        });
    }
}
