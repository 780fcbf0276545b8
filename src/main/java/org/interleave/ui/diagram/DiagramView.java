// The live sequence diagram: lays out each snapshot, paints it on a Canvas in a ScrollPane and keeps the newest step in view.
package org.interleave.ui.diagram;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.LayoutPainter;
import org.interleave.diagram.Role;
import org.interleave.diagram.Shape;
import org.interleave.diagram.SequenceLayoutBuilder;

public final class DiagramView {
    /** Canvases much taller than this fail on some graphics cards; a longer diagram is cut (never seen in practice). */
    private static final double MAX_SIDE = 16_000;
    private static final double NEWEST_MARGIN = 32;
    /** The width (at scale 1) a diagram is assumed to reach once its steps run, so the automatic zoom need not jump. */
    private static final double TYPICAL_WIDTH = 1300;

    private final Zoom zoom;
    private final FxFonts fonts = new FxFonts();
    private final FxTextMeasurer measurer = new FxTextMeasurer(fonts);
    private final Canvas canvas = new Canvas();
    private final Label empty = new Label("""
            How it works
            1.  Pick a scenario in the library on the left.
            2.  Click a lane's next statement (or press 1, 2) to run it on a real database,
                 or press Space to play the story.
            3.  Read the verdict, then switch the protection: the same steps replay with it.""");
    private final StackPane holder = new StackPane(canvas, empty);
    private final ScrollPane scroll = new ScrollPane(holder);
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private DiagramInput input;
    /** The automatic zoom for the current scenario, chosen once (see {@link #fitWidth}); MAX_VALUE until then. */
    private double fitCap = Double.MAX_VALUE;
    private boolean fitting;
    /** The scenario {@link #fitCap} was chosen for. */
    private String fittedScenario = "";
    private boolean painting;
    private boolean paintAgain;
    /** The y of the layout shown at the canvas's top. */
    private double cropTop;
    private boolean compact;
    private final javafx.beans.property.BooleanProperty lockTrack = new javafx.beans.property.SimpleBooleanProperty(this, "lockTrack");

    public DiagramView(Zoom zoom) {
        this.zoom = zoom;
        lockTrack.addListener((o, was, now) -> repaint(true));
        scroll.getStyleClass().add("diagram");
        scroll.setId("diagram");
        holder.getStyleClass().add("diagram-paper");
        holder.setAlignment(Pos.TOP_CENTER);
        empty.getStyleClass().add("diagram-empty");
        StackPane.setAlignment(empty, Pos.CENTER);
        // the "How it works" lines wrap in a narrow view (a 1280 px window with the library open) rather than scroll
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(16));
        empty.maxWidthProperty().bind(scroll.viewportBoundsProperty().map(b -> Math.max(200, b.getWidth() - 8)));
        empty.managedProperty().bind(empty.visibleProperty());
        holder.minWidthProperty().bind(scroll.viewportBoundsProperty().map(b -> b.getWidth()));
        holder.minHeightProperty().bind(scroll.viewportBoundsProperty().map(b -> b.getHeight()));
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!e.isShortcutDown() || e.getDeltaY() == 0) return;
            if (e.getDeltaY() > 0) zoom.zoomIn();
            else zoom.zoomOut();
            e.consume();
        });
        zoom.scaleProperty().addListener((o, was, now) -> {
            if (!fitting) repaint(false);
        });
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (zoom.auto() && Math.abs(was.getWidth() - now.getWidth()) > 40) { // resized or library toggled, not a scroll bar
                fitCap = Double.MAX_VALUE;
                repaint(false);
            }
        });
    }

    /** The scene x of an x of the layout, or null while nothing is drawn. */
    public Double sceneX(double layoutX) {
        if (input == null || canvas.getScene() == null) return null;
        return canvas.localToScene(layoutX, 0).getX();
    }

    /** Calls {@code then} whenever the drawing moves sideways: scrolled, resized or laid out anew. */
    public void onMoved(Runnable then) {
        scroll.hvalueProperty().addListener(o -> then.run());
        scroll.viewportBoundsProperty().addListener(o -> then.run());
        canvas.boundsInParentProperty().addListener(o -> then.run());
        layout.addListener(o -> then.run());
    }

    public ScrollPane node() {
        return scroll;
    }

    /** The layout on screen, or null. */
    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Whether the diagram draws the lock track beside each lane; the diagram is laid out again when it changes. */
    public javafx.beans.property.BooleanProperty lockTrackProperty() {
        return lockTrack;
    }

    /** Tighter rows (presenter mode): more steps fit the view; the text keeps its size. */
    public void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        fitCap = Double.MAX_VALUE;
        repaint(true);
    }

    /** Shows a run; null clears the diagram. */
    public void show(DiagramInput next) {
        boolean grew = next != null && (input == null || next.events().size() != input.events().size()
                || (next.verdict() == null) != (input.verdict() == null));
        if (next == null) fitCap = Double.MAX_VALUE;
        input = next;
        repaint(grew);
    }

    /** Lays out and paints; a size change during that (the view re-laid out) paints once more afterwards. */
    private void repaint(boolean followNewest) {
        if (painting) {
            paintAgain = true;
            return;
        }
        painting = true;
        try {
            paint(followNewest);
            for (int i = 0; i < 3 && paintAgain; i++) {
                paintAgain = false;
                paint(followNewest);
            }
        } finally {
            painting = false;
            paintAgain = false;
        }
    }

    private void paint(boolean followNewest) {
        empty.setVisible(input == null);
        if (input == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            layout.set(null);
            return;
        }
        fitWidth();
        DiagramLayout l = new SequenceLayoutBuilder(measurer, zoom.scale(), compact).withLockTrack(lockTrack.get()).layout(input);
        cropTop = headersTop(l, zoom.scale());
        canvas.setWidth(Math.min(MAX_SIDE, Math.ceil(l.width())));
        canvas.setHeight(Math.min(MAX_SIDE, Math.ceil(l.height() - cropTop)));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.translate(0, -cropTop);
        new LayoutPainter(measurer).paint(l, new FxDiagramCanvas(g, fonts));
        g.restore();
        layout.set(l);
        if (followNewest) {
            boolean finished = input.verdict() != null;
            Parent top = scroll.getScene() == null ? scroll : scroll.getScene().getRoot();
            top.applyCss();
            top.layout(); // so the viewport and scroll bars know their new sizes before we scroll
            keepInView(l, finished);
            Platform.runLater(() -> {
                if (layout.get() == l) keepInView(l, finished); // once more after the pulse, should sizes have moved again
            });
        }
    }

    /**
     * In automatic zoom, the biggest text with which the diagram fits the view's width: chosen when a scenario opens
     * (or the view is resized), then kept for the whole run, so the text never changes size while the class watches.
     * The layout already makes room for every step of the run, so the diagram does not outgrow it.
     */
    private void fitWidth() {
        double viewport = scroll.getViewportBounds().getWidth();
        if (!zoom.auto() || viewport < 200) return;
        String scenario = input.plan().scenario().id();
        if (fitCap == Double.MAX_VALUE || !scenario.equals(fittedScenario)) {
            double natural = Math.max(TYPICAL_WIDTH, new SequenceLayoutBuilder(measurer, 1.0, compact).withLockTrack(lockTrack.get()).layout(input).width());
            fitCap = (viewport - 8) / natural;
            fittedScenario = scenario;
        }
        fitting = true;
        zoom.fit(fitCap);
        fitting = false;
    }

    /**
     * The window shows the title and story above the diagram already, and the lane cards above it name each lifeline
     * (they follow the lifelines), so the view starts just under the diagram's own lane headers: the lanes are not
     * named twice, and the steps get that height. Pictures and handouts keep the headers.
     */
    private static double headersTop(DiagramLayout l, double scale) {
        double bottom = -1;
        for (Shape s : l.shapes()) {
            if (s instanceof Shape.Box b && (b.role() == Role.LANE_HEADER || b.role() == Role.DATABASE_HEADER)) bottom = Math.max(bottom, b.y() + b.height());
        }
        return bottom < 0 ? 0 : Math.max(0, bottom + 4 * scale);
    }

    /** The part of the drawing in view now, as y of the layout from its top to its bottom (the headers cropped are above). */
    public double[] visibleLayoutRange() {
        double viewport = scroll.getViewportBounds().getHeight();
        double range = Math.max(0, canvas.getHeight() - viewport);
        double top = scroll.getVmax() <= 0 ? 0 : scroll.getVvalue() / scroll.getVmax() * range;
        return new double[] {top + cropTop, top + cropTop + viewport};
    }

    /** Scrolls so the newest step (or, once finished, the verdict at the bottom) is visible. */
    private void keepInView(DiagramLayout l, boolean finished) {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = Math.max(canvas.getHeight(), viewport);
        if (content <= viewport + 1) {
            scroll.setVvalue(0);
            return;
        }
        if (finished) {
            scroll.setVvalue(scroll.getVmax());
            return;
        }
        double range = content - viewport;
        double top = scroll.getVvalue() / scroll.getVmax() * range;
        double newest = Math.min(l.newestY() - cropTop + NEWEST_MARGIN, content);
        if (newest > top + viewport) top = newest - viewport;
        else if (newest - NEWEST_MARGIN * 4 < top) top = Math.max(0, newest - viewport);
        // while a lane waits, the step that took the lock it waits for stays in sight too, when both fit
        java.util.OptionalInt cause = org.interleave.diagram.LockMarks.lockBehindWait(input.events());
        Double causeTop = cause.isPresent() ? l.eventTop().get(cause.getAsInt()) : null;
        if (causeTop != null) {
            double y = Math.max(0, causeTop - cropTop - 4);
            double waitBottom = l.newestY() - cropTop + 8;
            if (y < top && waitBottom - y <= viewport) top = Math.max(waitBottom - viewport, y);
        }
        scroll.setVvalue(scroll.getVmax() * Math.max(0, Math.min(range, top)) / range);
    }
}
