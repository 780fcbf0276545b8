// Holds the window's content and scales all of it (text, buttons, diagram) by one factor, laid out for the smaller size.
package org.interleave.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

final class ScaledPane extends Region {
    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty factor = new SimpleDoubleProperty(this, "factor", 1);

    ScaledPane(Parent content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        factor.addListener((o, was, now) -> {
            scale.setX(now.doubleValue());
            scale.setY(now.doubleValue());
            requestLayout();
        });
    }

    /** 1 shows the content as it is; 1.25 makes everything a quarter bigger, laid out on a quarter less room. */
    DoubleProperty factorProperty() {
        return factor;
    }

    @Override
    protected void layoutChildren() {
        double f = factor.get();
        content.resizeRelocate(0, 0, getWidth() / f, getHeight() / f);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height) * factor.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width) * factor.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
