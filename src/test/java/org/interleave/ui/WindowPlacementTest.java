// Where the window opens: at the remembered place when that is still on a screen, made to fit; otherwise sized for the screen.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.interleave.ui.WindowMemory.Placement;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aFirstStartOnAProjectorFitsTheScreenAndAFullHdScreenIsFilled() {
        Placement projector = WindowPlacement.choose(Optional.empty(), List.of(PROJECTOR));
        assertEquals(1280, projector.width());
        assertEquals(720, projector.height());
        assertFalse(projector.maximized());
        Placement wide = WindowPlacement.choose(Optional.empty(), List.of(FULL_HD));
        assertTrue(wide.maximized(), "a 1920 px screen is filled");
        assertEquals(1600, wide.width(), "un-maximizing it later gives 1600 × 1000, centred");
        assertEquals(160, wide.x());
    }

    @Test
    void aRememberedPlaceOnTheScreenIsKeptWithItsScenario() {
        Placement last = new Placement(100, 80, 1200, 700, false, "credits-lost-update", "");
        assertEquals(last, WindowPlacement.choose(Optional.of(last), List.of(FULL_HD)));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneFallsBackToThePrimaryScreenButKeepsTheScenario() {
        Placement onSecondScreen = new Placement(2500, 100, 1400, 900, false, "doctors-write-skew", "/x/doctors.yaml");
        Placement now = WindowPlacement.choose(Optional.of(onSecondScreen), List.of(PROJECTOR));
        assertEquals(new Placement(0, 0, 1280, 720, false, "doctors-write-skew", "/x/doctors.yaml"), now);
        Placement bothScreens = WindowPlacement.choose(Optional.of(onSecondScreen), List.of(FULL_HD, new Rectangle2D(1920, 0, 1920, 1040)));
        assertTrue(bothScreens.x() >= 1920 && bothScreens.x() + bothScreens.width() <= 3840, "while the second screen is there, the window goes back to it");
    }

    @Test
    void aPlaceTooBigOrTooSmallForTheScreenIsMadeToFit() {
        Placement big = WindowPlacement.choose(Optional.of(new Placement(50, 40, 1900, 1000, false, "", "")), List.of(PROJECTOR));
        assertEquals(new Rectangle2D(0, 0, 1280, 720), new Rectangle2D(big.x(), big.y(), big.width(), big.height()));
        Placement tiny = WindowPlacement.choose(Optional.of(new Placement(10, 10, 200, 200, false, "", "")), List.of(FULL_HD));
        assertEquals(WindowPlacement.MIN_WIDTH, tiny.width(), "a window once shrunk to 200 × 200 opens usable");
        assertEquals(WindowPlacement.MIN_HEIGHT, tiny.height());
    }
}
