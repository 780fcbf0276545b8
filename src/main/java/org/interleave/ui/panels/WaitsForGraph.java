// Who waits for whom, drawn: a circle per lane and an arrow from each waiting lane to the one it waits for; a cycle in red.
package org.interleave.ui.panels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Text;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.WaitsFor;

final class WaitsForGraph extends Pane {
    private static final PseudoClass CYCLE = PseudoClass.getPseudoClass("cycle");
    private static final double HEIGHT = 96;
    private static final double RADIUS = 17;
    private List<String> lanes = List.of();
    private Inside inside;

    WaitsForGraph() {
        getStyleClass().add("waits-for-graph");
        setId("waits-for-graph");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        widthProperty().addListener((o, was, now) -> draw());
    }

    void show(List<String> laneIds, Inside now) {
        lanes = List.copyOf(laneIds);
        inside = now;
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (inside == null || lanes.isEmpty()) return;
        List<String> nodes = new ArrayList<>(lanes);
        if (inside.waitsFor().stream().anyMatch(w -> w.holder().equals(WaitsFor.OTHER_SESSION))) nodes.add(WaitsFor.OTHER_SESSION);
        double width = Math.max(getWidth(), 2 * RADIUS * nodes.size() + 40);
        double gap = width / nodes.size();
        List<String> cycle = inside.deadlockCycle();
        Set<String> inCycle = new HashSet<>(cycle);
        List<Node> arrows = new ArrayList<>();
        for (WaitsFor w : inside.waitsFor()) {
            int from = nodes.indexOf(w.lane());
            int to = nodes.indexOf(w.holder());
            if (from < 0 || to < 0 || from == to) continue;
            boolean cycleEdge = inCycle.contains(w.lane()) && inCycle.contains(w.holder());
            arrows.addAll(arrow(gap * (from + 0.5), gap * (to + 0.5), cycleEdge));
        }
        getChildren().addAll(arrows);
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i);
            double x = gap * (i + 0.5);
            Circle c = new Circle(x, HEIGHT / 2, RADIUS);
            c.getStyleClass().add("waits-for-node");
            c.pseudoClassStateChanged(CYCLE, inCycle.contains(id));
            boolean other = id.equals(WaitsFor.OTHER_SESSION);
            Text label = new Text(other ? "other" : id);
            label.getStyleClass().add("waits-for-label");
            label.setX(x - label.getLayoutBounds().getWidth() / 2);
            label.setY(HEIGHT / 2 + label.getLayoutBounds().getHeight() / 4);
            getChildren().addAll(c, label);
        }
    }

    /** A curve from one lane to another, above the line going right and below going left, so that A→B and B→A both show. */
    private static List<Node> arrow(double x1, double x2, boolean cycle) {
        double mid = HEIGHT / 2;
        double dir = Math.signum(x2 - x1);
        double bend = dir > 0 ? -34 : 34;
        double sx = x1 + dir * RADIUS * 0.7;
        double ex = x2 - dir * RADIUS * 0.7;
        double sy = mid + Math.signum(bend) * RADIUS * 0.7;
        double cx = (sx + ex) / 2;
        double cy = mid + bend;
        QuadCurve curve = new QuadCurve(sx, sy, cx, cy, ex, sy);
        curve.getStyleClass().add("waits-for-arrow");
        curve.pseudoClassStateChanged(CYCLE, cycle);
        double angle = Math.atan2(sy - cy, ex - cx);
        double size = 9;
        Polygon head = new Polygon(ex, sy,
                ex - size * Math.cos(angle - 0.45), sy - size * Math.sin(angle - 0.45),
                ex - size * Math.cos(angle + 0.45), sy - size * Math.sin(angle + 0.45));
        head.getStyleClass().add("waits-for-head");
        head.pseudoClassStateChanged(CYCLE, cycle);
        return List.of(curve, head);
    }
}
