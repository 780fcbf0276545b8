// The strip above the diagram: one card per lane with its next statement, each placed over its lane's lifeline.
package org.interleave.ui.panels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.diagram.DiagramLayout;
import org.interleave.ui.session.LaneStatus;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

public final class LaneBar extends Region {
    private static final double GAP = 14;
    private static final double MAX_CARD = 520;
    private static final double DB_WIDTH = 150;
    /** A card narrower than this is not worth keeping centred over its lifeline. */
    private static final double MIN_CENTRED = 280;
    /** The narrowest a card waiting at an edge (its lifeline out of view) is made. */
    private static final double MIN_PINNED = 240;

    private final SessionController controller;
    private final Function<Double, Double> diagramXToScene;
    private final Map<String, LaneCard> cards = new LinkedHashMap<>();
    private final VBox database = new VBox();
    private final Label databaseName = new Label();
    /** How the engine runs, e.g. "embedded, in memory": a line of its own, which presenter mode leaves out. */
    private final Label databaseKind = new Label();
    private Map<String, Double> columns = Map.of();

    /**
     * @param diagramXToScene turns an x of the diagram layout into a scene x, or returns null when the diagram is not shown
     */
    public LaneBar(SessionController controller, Function<Double, Double> diagramXToScene) {
        this.controller = controller;
        this.diagramXToScene = diagramXToScene;
        getStyleClass().add("lane-bar");
        database.getStyleClass().add("database-card");
        Label title = new Label("Database");
        title.getStyleClass().add("database-title");
        databaseName.getStyleClass().add("database-engine");
        databaseName.setWrapText(true);
        databaseKind.getStyleClass().addAll("database-engine", "database-kind");
        databaseKind.setWrapText(true);
        databaseName.setId("database-name");
        databaseKind.setId("database-kind");
        database.getChildren().setAll(title, databaseName, databaseKind);
        SessionViewModel model = controller.model();
        model.snapshotProperty().addListener((o, was, now) -> show(now, model.busyProperty().get()));
        model.busyProperty().addListener((o, was, now) -> show(model.snapshot(), now));
        model.scenarioProperty().addListener((o, was, now) -> {
            cards.clear();
            getChildren().clear();
        });
    }

    /** Places the cards over the lifelines of {@code layout}; null keeps them evenly spaced. */
    public void follow(DiagramLayout layout) {
        columns = layout == null ? Map.of() : layout.laneX();
        requestLayout();
    }

    private void show(SessionSnapshot s, boolean busy) {
        if (s == null) return;
        if (!cards.keySet().equals(s.lanes().stream().map(LaneStatus::id).collect(java.util.stream.Collectors.toSet()))) {
            cards.clear();
            int n = 1;
            for (LaneStatus lane : s.lanes()) {
                String id = lane.id();
                cards.put(id, new LaneCard(id, Integer.toString(n++), () -> controller.step(id)));
            }
            List<Node> children = new ArrayList<>(cards.values());
            children.add(database);
            getChildren().setAll(children);
        }
        for (LaneStatus lane : s.lanes()) cards.get(lane.id()).show(lane, busy);
        String name = s.engine().displayName();
        int paren = name.indexOf(" (");
        databaseName.setText(paren < 0 ? name : name.substring(0, paren));
        databaseKind.setText(paren < 0 ? "" : name.substring(paren + 2).replaceAll("\\)$", ""));
        Tooltip.install(database, new Tooltip(name));
        requestLayout();
    }

    /** The columns in left-to-right order: lanes by their lifeline, the Database in between. */
    private List<Map.Entry<String, Double>> order() {
        List<String> ids = new ArrayList<>(cards.keySet());
        Map<String, Double> x = new LinkedHashMap<>();
        int half = (ids.size() + 1) / 2;
        for (int i = 0; i < ids.size(); i++) x.put(ids.get(i), (double) (i < half ? i : i + 1));
        x.put(DiagramLayout.DATABASE, (double) half);
        for (Map.Entry<String, Double> e : columns.entrySet()) if (x.containsKey(e.getKey())) x.put(e.getKey(), e.getValue());
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(x.entrySet());
        sorted.sort(Comparator.comparingDouble(Map.Entry::getValue));
        return sorted;
    }

    @Override
    protected void layoutChildren() {
        if (cards.isEmpty()) return;
        List<Map.Entry<String, Double>> cols = order();
        double[][] place = placements(cols, getWidth());
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (int i = 0; i < cols.size(); i++) {
            Node n = node(cols.get(i).getKey());
            n.resizeRelocate(snapPositionX(place[i][0] - place[i][1] / 2), snappedTopInset(), snapSizeX(place[i][1]), snapSizeY(height));
        }
    }

    /** Each column's centre and width, for this bar's width; cards near an edge slide inwards rather than shrink. */
    private double[][] placements(List<Map.Entry<String, Double>> cols, double barWidth) {
        double left = snappedLeftInset();
        double width = barWidth - left - snappedRightInset();
        List<Double> centers = aligned(cols);
        if (centers != null) {
            double[][] place = place(cols, centers, left, width);
            if (!overlapping(place)) return place;
        }
        return place(cols, evenly(cols.size(), left, width), left, width);
    }

    private static double[][] place(List<Map.Entry<String, Double>> cols, List<Double> centers, double left, double width) {
        List<Double> widths = widths(cols, centers);
        double[][] place = new double[cols.size()][2];
        for (int i = 0; i < cols.size(); i++) {
            double c = centers.get(i);
            double w = Math.min(widths.get(i), width);
            double edgeRoom = 2 * Math.min(c - left, left + width - c);
            if (edgeRoom >= MIN_CENTRED) w = Math.min(w, edgeRoom); // narrower but centred over its lifeline
            place[i][1] = w;
            place[i][0] = Math.max(left + w / 2, Math.min(left + width - w / 2, c)); // else it slides inwards
        }
        // a card whose lifeline is scrolled out of view waits at that edge, as narrow as its neighbour needs
        int last = place.length - 1;
        int firstOut = last + 1;
        while (firstOut > 1 && centers.get(firstOut - 1) > left + width) firstOut--;
        if (firstOut == last && shrinkBetween(place, last, place[last - 1][0] + place[last - 1][1] / 2 + GAP, left + width)) return place;
        // the cards whose lifelines are out of view to the right stand side by side at that edge, each as narrow as
        // stays readable (the Database card, which has no button, at its own width)
        double limit = left + width;
        for (int i = last; i >= firstOut; i--) {
            if (!cols.get(i).getKey().equals(DiagramLayout.DATABASE)) place[i][1] = Math.min(place[i][1], MIN_PINNED);
            place[i][0] = limit - place[i][1] / 2;
            limit -= place[i][1] + GAP;
        }
        int before = firstOut - 1;
        if (firstOut <= last && before >= 0 && cols.get(before).getKey().equals(DiagramLayout.DATABASE) && place[before][0] + place[before][1] / 2 > limit) {
            place[before][0] = limit - place[before][1] / 2; // the Database card, whose lifeline needs no button, moves aside
            limit -= place[before][1] + GAP;
            before--;
        }
        // the card left of those keeps its place over its lifeline, narrower if need be
        if (firstOut <= last && before >= 0 && place[before][0] + place[before][1] / 2 > limit) {
            double c = centers.get(before);
            double w = Math.min(place[before][1], 2 * (limit - c));
            if (w >= 160) {
                place[before][1] = w;
                place[before][0] = c;
            }
        }
        if (last > 0 && centers.get(0) < left) shrinkBetween(place, 0, left, place[1][0] - place[1][1] / 2 - GAP);
        // a card at an edge that slid inwards keeps the gap to its neighbour (narrower), as the others do
        if (last > 0 && place[last][0] - place[last][1] / 2 < place[last - 1][0] + place[last - 1][1] / 2 + GAP) {
            shrinkBetween(place, last, place[last - 1][0] + place[last - 1][1] / 2 + GAP, left + width);
        }
        if (last > 0 && place[0][0] + place[0][1] / 2 + GAP > place[1][0] - place[1][1] / 2) {
            shrinkBetween(place, 0, left, place[1][0] - place[1][1] / 2 - GAP);
        }
        return place;
    }

    /** Fits card {@code i} between {@code from} and {@code to}; false when that would leave it under {@link #MIN_PINNED}. */
    private static boolean shrinkBetween(double[][] place, int i, double from, double to) {
        double w = Math.min(place[i][1], to - from);
        if (w < MIN_PINNED) return false;
        place[i][1] = w;
        place[i][0] = from > place[i][0] - w / 2 ? from + w / 2 : to < place[i][0] + w / 2 ? to - w / 2 : place[i][0];
        return true;
    }

    /** True when a card slid inwards over its neighbour. */
    private static boolean overlapping(double[][] place) {
        for (int i = 1; i < place.length; i++) {
            if (place[i - 1][0] + place[i - 1][1] / 2 + GAP / 2 > place[i][0] - place[i][1] / 2) return true;
        }
        return false;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (cards.isEmpty()) return 0;
        List<Map.Entry<String, Double>> cols = order();
        double[][] place = placements(cols, width > 0 ? width : getWidth() > 0 ? getWidth() : 1000);
        double h = 0;
        for (int i = 0; i < cols.size(); i++) h = Math.max(h, node(cols.get(i).getKey()).prefHeight(place[i][1]));
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private Node node(String id) {
        return id.equals(DiagramLayout.DATABASE) ? database : cards.get(id);
    }

    /** Centres over the lifelines, in this bar's coordinates; null when unknown or when cards would not fit. */
    private List<Double> aligned(List<Map.Entry<String, Double>> cols) {
        if (columns.isEmpty() || getScene() == null) return null;
        List<Double> centers = new ArrayList<>();
        for (Map.Entry<String, Double> c : cols) {
            Double sceneX = diagramXToScene.apply(c.getValue());
            if (sceneX == null) return null;
            Point2D local = sceneToLocal(sceneX, 0);
            if (local == null) return null;
            centers.add(local.getX());
        }
        for (int i = 1; i < centers.size(); i++) {
            double room = centers.get(i) - centers.get(i - 1);
            if (room < DB_WIDTH / 2 + 110 + GAP) return null;
        }
        // a lifeline scrolled out of view (a zoomed diagram) keeps its card at that edge, the others stay over theirs
        return centers;
    }

    private static List<Double> evenly(int n, double left, double width) {
        List<Double> centers = new ArrayList<>();
        for (int i = 0; i < n; i++) centers.add(left + width * (i + 0.5) / n);
        return centers;
    }

    /** Each card as wide as the room to its neighbours allows, the Database card narrow. */
    private static List<Double> widths(List<Map.Entry<String, Double>> cols, List<Double> centers) {
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).getKey().equals(DiagramLayout.DATABASE)) {
                widths.add(DB_WIDTH);
                continue;
            }
            double room = MAX_CARD;
            double c = centers.get(i);
            for (int j = 0; j < cols.size(); j++) {
                if (j == i) continue;
                double other = cols.get(j).getKey().equals(DiagramLayout.DATABASE) ? DB_WIDTH / 2 : 0;
                double d = Math.abs(centers.get(j) - c) - other - GAP;
                room = Math.min(room, other > 0 ? 2 * d : d);
            }
            widths.add(Math.max(160, room));
        }
        return widths;
    }
}
