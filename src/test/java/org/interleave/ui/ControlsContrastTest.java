// In every theme, the text of the controls a class reads (toolbar, protections, lane cards and their next statement)
// stands out from what it is drawn on, at least 4.5:1, measured on the window's pixels as drawn, also when the window
// opens in that theme.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ControlsContrastTest extends WindowTestSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void everyEnabledControlsTextIsReadableInEveryTheme(FxRobot robot) {
        open(robot, "Shop credits");
        List<String> problems = new ArrayList<>();
        String[] scenarios = {"doctors-write-skew", "transfer-deadlock", "credits-lost-update"};
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.useTheme(theme));
            // a scenario opened in this theme: its lane cards are made under the theme, as when the window opens in it
            String id = scenarios[theme.ordinal()];
            robot.interact(() -> window.open(id));
            waitFor(id + " is open", () -> window.openScenarioId().equals(id) && !disabled(robot, "#step-T1"));
            step(robot, "T1", "T1");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                WritableImage shot = stage.getScene().snapshot(null);
                for (String area : List.of(".top-bar", ".protection-bar", ".lane-bar")) {
                    List<Labeled> shown = new ArrayList<>();
                    collectShown(robot.lookup(area).query(), shown);
                    for (Labeled l : shown) {
                        if (l.isDisabled()) continue;
                        double ratio = drawnContrast(shot, l.localToScene(l.getLayoutBounds()));
                        if (ratio < 4.5) problems.add(theme + ": `" + l.getText() + "` " + String.format("%.1f", ratio) + ":1");
                    }
                }
            });
        }
        robot.interact(() -> window.useTheme(Theme.LIGHT));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The contrast of a control's text as drawn: its background is the colour most of its pixels have, its ink the
     * pixel farthest from that (the stems of the glyphs, which anti-aliasing leaves at full colour).
     */
    private static double drawnContrast(WritableImage shot, Bounds b) {
        PixelReader pixels = shot.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = (int) Math.max(0, b.getMinX() + 2), x1 = (int) Math.min(shot.getWidth(), b.getMaxX() - 2);
        int y0 = (int) Math.max(0, b.getMinY() + 2), y1 = (int) Math.min(shot.getHeight(), b.getMaxY() - 2);
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
        if (counts.isEmpty()) return 21;
        int paper = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double best = 1;
        for (int argb : counts.keySet()) best = Math.max(best, ThemeContrastTest.contrast(argb, paper));
        return best;
    }
}
