// The diagram's zoom: a font scale in fixed steps, changed with Ctrl +/-/0 or Ctrl and the mouse wheel.
package org.interleave.ui.diagram;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

public final class Zoom {
    private static final double[] STEPS = {0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.3, 2.6, 3.0};

    /** The automatic zoom stays within this range; the user may go further with Ctrl +/-. */
    private static final double AUTO_MIN = 0.8;
    private static final double AUTO_MAX = 1.6;

    private final double initial;
    private final ReadOnlyDoubleWrapper scale;
    /** True until the user zooms: the view then picks the biggest text that fits the diagram's width. */
    private boolean auto = true;

    public Zoom(double initial) {
        this.initial = initial;
        this.scale = new ReadOnlyDoubleWrapper(this, "scale", initial);
    }

    /** The scale before anything is drawn: bigger on wide screens, such as a 1920x1080 projector. */
    public static double defaultFor(double screenWidth) {
        return screenWidth >= 1800 ? 1.1 : 1.0;
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public boolean auto() {
        return auto;
    }

    /** In automatic mode, the biggest step not above {@code fitting}, kept between 80 % and 160 %. */
    public void fit(double fitting) {
        if (!auto) return;
        double best = AUTO_MIN;
        for (double s : STEPS) if (s <= fitting + 1e-6 && s <= AUTO_MAX) best = Math.max(best, s);
        scale.set(best);
    }

    public void zoomIn() {
        auto = false;
        for (double s : STEPS) {
            if (s > scale.get() + 1e-6) {
                scale.set(s);
                return;
            }
        }
    }

    public void zoomOut() {
        auto = false;
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale.get() - 1e-6) {
                scale.set(STEPS[i]);
                return;
            }
        }
    }

    /** Sets the scale directly, within the steps' range. */
    public void set(double value) {
        auto = false;
        scale.set(Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], value)));
    }

    /** Back to the automatic zoom. */
    public void reset() {
        auto = true;
        scale.set(initial);
    }

    /** "125 %". */
    public String percent() {
        return Math.round(scale.get() * 100) + " %";
    }
}
