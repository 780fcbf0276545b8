// Puts the window where it was last time (or at a sensible size on this screen), keeps its size and maximized state
// while dialogs come and go, and remembers them when it closes.
package org.interleave.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.interleave.ui.WindowMemory.Placement;

final class WindowPlacement {
    /** The smallest window the layout is made for (a 1280 × 720 projector leaves about this much). */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 560;
    /** From this screen width on, a first start fills the screen. */
    private static final double MAXIMIZE_FROM = 1800;
    /** How much of the title bar must be on a screen for a remembered place to count. */
    private static final double GRIP = 80;

    private final Stage stage;
    private Rectangle2D normal;
    private boolean maximized;
    /** False until the window manager has placed the window and the place was given again: what it does before is no user's choice. */
    private boolean settled;

    private WindowPlacement(Stage stage, Placement start) {
        this.stage = stage;
        this.normal = new Rectangle2D(start.x(), start.y(), start.width(), start.height());
        this.maximized = start.maximized();
    }

    /**
     * Where a window opens: the remembered place if its title bar is on one of {@code screens} (visual bounds, the
     * primary first), made to fit that screen; otherwise centred on the primary screen, at most 1600 × 1000, filling it
     * from 1800 px of width on.
     */
    static Placement choose(Optional<Placement> remembered, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.get(0);
        if (remembered.isPresent()) {
            Placement r = remembered.get();
            for (Rectangle2D screen : screens) {
                if (!screen.intersects(r.x(), r.y(), Math.min(GRIP, r.width()), 30)) continue;
                double width = Math.max(Math.min(r.width(), screen.getWidth()), Math.min(MIN_WIDTH, screen.getWidth()));
                double height = Math.max(Math.min(r.height(), screen.getHeight()), Math.min(MIN_HEIGHT, screen.getHeight()));
                double x = Math.min(Math.max(r.x(), screen.getMinX()), screen.getMaxX() - width);
                double y = Math.min(Math.max(r.y(), screen.getMinY()), screen.getMaxY() - height);
                return new Placement(x, y, width, height, r.maximized(), r.scenario(), r.file());
            }
        }
        double width = Math.min(1600, primary.getWidth());
        double height = Math.min(1000, primary.getHeight());
        return new Placement(primary.getMinX() + (primary.getWidth() - width) / 2, primary.getMinY() + (primary.getHeight() - height) / 2,
                width, height, primary.getWidth() >= MAXIMIZE_FROM, remembered.map(Placement::scenario).orElse(""),
                remembered.map(Placement::file).orElse(""));
    }

    /** Gives {@code stage} its place before it is shown, and keeps it; call {@link #current} to read it back. */
    static WindowPlacement apply(Stage stage, Placement start) {
        WindowPlacement placement = new WindowPlacement(stage, start);
        stage.setMinWidth(Math.min(MIN_WIDTH, start.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, start.height()));
        placement.restore();
        placement.follow();
        return placement;
    }

    /** The place to remember: the normal bounds even while maximized, so that un-maximizing later lands well. */
    Placement current(String scenario, String file) {
        return new Placement(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(), maximized, scenario, file);
    }

    /**
     * Changes the user makes (the window has the focus) are kept. Changes while it has not (a dialog is open, or a
     * native file chooser, or the window manager is still placing it) are undone once it has the focus again: under
     * some window managers (openbox) a modal dialog un-maximizes its owner, or shrinks it to 200 × 200.
     */
    private void follow() {
        stage.xProperty().addListener((o, a, b) -> changed());
        stage.yProperty().addListener((o, a, b) -> changed());
        stage.widthProperty().addListener((o, a, b) -> changed());
        stage.heightProperty().addListener((o, a, b) -> changed());
        stage.maximizedProperty().addListener((o, a, b) -> changed());
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) Platform.runLater(this::restoreIfMoved);
        });
        // some window managers (openbox) drop the size given before showing, and make the window 200 × 200
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            restore();
            Platform.runLater(() -> settled = true);
        }));
    }

    private void changed() {
        if (!settled || stage.isFullScreen() || stage.isIconified() || !stage.isFocused()) return;
        maximized = stage.isMaximized();
        if (!maximized) normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    private void restoreIfMoved() {
        if (!settled || !stage.isShowing() || stage.isFullScreen() || stage.isIconified()) return;
        boolean moved = maximized ? !stage.isMaximized() || !fillsItsScreen() : stage.isMaximized() || stage.getWidth() != normal.getWidth()
                || stage.getHeight() != normal.getHeight() || stage.getX() != normal.getMinX() || stage.getY() != normal.getMinY();
        if (moved) restore();
    }

    /** False when the window manager un-maximized the window behind JavaFX's back (it still reports maximized). */
    private boolean fillsItsScreen() {
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
        if (screens.isEmpty()) return false;
        Rectangle2D screen = screens.get(0).getVisualBounds();
        return stage.getWidth() >= screen.getWidth() * 0.95 && stage.getHeight() >= screen.getHeight() * 0.9;
    }

    private void restore() {
        if (maximized) {
            if (stage.isMaximized()) {
                stage.setMaximized(false); // JavaFX believes it is maximized: only a change reaches the window manager
                Platform.runLater(() -> stage.setMaximized(true));
            } else {
                stage.setMaximized(true);
            }
            return;
        }
        stage.setMaximized(false);
        stage.setX(normal.getMinX());
        stage.setY(normal.getMinY());
        stage.setWidth(normal.getWidth());
        stage.setHeight(normal.getHeight());
    }
}
