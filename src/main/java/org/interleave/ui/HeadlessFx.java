// Starts JavaFX without a display (Monocle headless, software rendering) for commands that only render images.
package org.interleave.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

final class HeadlessFx {
    private HeadlessFx() {}

    /** True when there is no display to open a window on. */
    static boolean noDisplay() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank();
    }

    /**
     * Starts the toolkit; {@code headless} selects Monocle's headless screen of the given size. Returns false when the
     * toolkit was running already (as in a test), and then the caller must not end it.
     */
    static boolean start(boolean headless, int width, int height) throws InterruptedException {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
            System.setProperty("monocle.headless.geometry", width + "x" + height + "-32");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("JavaFX did not start within 30 s");
        return true;
    }
}
