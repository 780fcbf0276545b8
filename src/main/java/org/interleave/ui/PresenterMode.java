// Presenter mode for a lecture hall: full screen, the library, menus and story text out of the way, everything bigger
// on a big screen, large step buttons; Esc or F11 leaves it and brings the window back as it was.
package org.interleave.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;

final class PresenterMode {
    static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    /** A 1080-line screen (most halls) gets everything 1.25 times bigger; a 720-line projector is already big. */
    private static final double LINES_PER_STEP_OF_SCALE = 864;

    private final Node styled;
    private final ScaledPane scaled;
    private final List<Node> hidden;
    private final List<Node> presenterOnly;
    private final BooleanSupplier libraryShown;
    private final Runnable toggleLibrary;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final javafx.beans.InvalidationListener onFullScreen = o -> fullScreenChanged();
    private boolean libraryWasShown;
    private Stage stage;

    /**
     * @param styled the node that gets the {@code :presenter} pseudo-class (the window's root, for the style sheet)
     * @param hidden what presenter mode hides: the menu bar, the story panel, the status lines
     * @param presenterOnly what only presenter mode shows (the compact title on the protections' line)
     */
    PresenterMode(Node styled, ScaledPane scaled, List<Node> hidden, List<Node> presenterOnly, BooleanSupplier libraryShown,
            Runnable toggleLibrary) {
        this.styled = styled;
        this.scaled = scaled;
        this.hidden = List.copyOf(hidden);
        this.presenterOnly = List.copyOf(presenterOnly);
        for (Node n : presenterOnly) show(n, false);
        this.libraryShown = libraryShown;
        this.toggleLibrary = toggleLibrary;
    }

    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    void toggle() {
        if (active.get()) leave();
        else enter();
    }

    void enter() {
        if (active.get() || styled.getScene() == null || !(styled.getScene().getWindow() instanceof Stage s)) return;
        stage = s;
        active.set(true);
        libraryWasShown = libraryShown.getAsBoolean();
        if (libraryWasShown) toggleLibrary.run();
        for (Node n : hidden) show(n, false);
        for (Node n : presenterOnly) show(n, true);
        styled.pseudoClassStateChanged(PRESENTER, true);
        Screen screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()))
                .stream().findFirst().orElse(Screen.getPrimary());
        scaled.factorProperty().set(scaleFor(screen.getBounds().getHeight()));
        stage.setFullScreenExitHint("Presenter mode: Esc or F11 leaves it");
        stage.fullScreenProperty().addListener(onFullScreen);
        stage.setFullScreen(true);
    }

    void leave() {
        if (!active.get()) return;
        active.set(false);
        stage.fullScreenProperty().removeListener(onFullScreen);
        if (stage.isFullScreen()) stage.setFullScreen(false);
        scaled.factorProperty().set(1);
        styled.pseudoClassStateChanged(PRESENTER, false);
        for (Node n : hidden) show(n, true);
        for (Node n : presenterOnly) show(n, false);
        if (libraryWasShown && !libraryShown.getAsBoolean()) toggleLibrary.run();
    }

    /** Esc (JavaFX's own full-screen exit key) ends presenter mode as F11 does. */
    private void fullScreenChanged() {
        if (active.get() && !stage.isFullScreen()) leave();
    }

    static double scaleFor(double screenHeight) {
        return Math.max(1, Math.floor(screenHeight / LINES_PER_STEP_OF_SCALE * 4) / 4);
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }
}
