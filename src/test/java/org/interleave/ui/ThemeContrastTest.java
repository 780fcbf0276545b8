// Every text colour of the window is at least 4.5:1 against the backgrounds it is drawn on, in each theme, and so is every
// text of the diagram (WCAG 2 contrast, computed from the style sheets' own tokens and the diagram's own colours).
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interleave.diagram.DiagramStyle;
import org.interleave.diagram.Role;
import org.junit.jupiter.api.Test;

class ThemeContrastTest {
    /** Text token on background token, as the style sheet uses them. */
    private static final String[][] PAIRS = {
        {"ink", "paper"}, {"ink", "canvas"}, {"muted", "paper"}, {"muted", "canvas"}, {"accent", "paper"}, {"accent", "accent-soft"},
        {"red-ink", "red-soft"}, {"green-ink", "green-soft"}, {"amber-ink", "amber-soft"}, {"red-ink", "paper"}, {"green-ink", "paper"},
        {"amber-ink", "paper"}, {"title-ink", "paper"}, {"crash-ink", "paper"}, {"crash-ink", "red-soft"}, {"on-strong", "accent"},
        {"on-strong", "red"}, {"on-strong", "green"}, {"on-strong", "amber"}, {"ink", "changed"}, {"ink", "button"},
        {"ink", "button-hover"}, {"muted", "button"}, {"ink", "db"}, {"muted", "db"}, {"ink", "selected"}, {"muted", "accent-soft"},
    };

    @Test
    void everyThemesTextIsReadable() throws IOException {
        Map<String, String> light = tokens(Path.of("assets", "interleave.css"));
        List<String> bad = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Map<String, String> t = new LinkedHashMap<>(light);
            if (theme.stylesheet() != null) t.putAll(tokens(Path.of(theme.stylesheet().substring(1))));
            for (String[] p : PAIRS) {
                double ratio = contrast(rgb(t.get(p[0])), rgb(t.get(p[1])));
                if (ratio < 4.5) bad.add(theme + ": " + p[0] + " on " + p[1] + " is " + String.format("%.2f", ratio) + ":1");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void everyDiagramTextIsReadableOnWhatItIsDrawnOn() {
        List<String> bad = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Integer> under = new ArrayList<>(List.of(DiagramStyle.background()));
            // a box of the role is drawn under its text; the end bars and activations carry no text
            boolean marker = role == Role.COMMIT || role == Role.ROLLBACK || role == Role.CRASH || role == Role.ACTIVATION;
            if (DiagramStyle.fill(role) != DiagramStyle.NONE && !marker) under.add(DiagramStyle.fill(role));
            if (role == Role.CAVEAT || role == Role.SETUP) {
                for (Role v : List.of(Role.VERDICT_ANOMALY, Role.VERDICT_SAFE, Role.VERDICT_ABORTED, Role.VERDICT_PENDING, Role.SETUP))
                    under.add(DiagramStyle.fill(v));
            }
            if (role == Role.STEP_NUMBER) under = List.of(DiagramStyle.fill(Role.STEP_NUMBER));
            for (int bg : under) {
                double ratio = contrast(DiagramStyle.text(role) & 0xFFFFFF, bg & 0xFFFFFF);
                if (ratio < 4.5) bad.add(role + " text on " + Integer.toHexString(bg & 0xFFFFFF) + " is " + String.format("%.2f", ratio) + ":1");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static Map<String, String> tokens(Path css) throws IOException {
        String text = Files.readString(css);
        String root = text.substring(text.indexOf(".root {"), text.indexOf('}', text.indexOf(".root {")));
        Map<String, String> t = new LinkedHashMap<>();
        Matcher m = Pattern.compile("-il-([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(root);
        while (m.find()) t.put(m.group(1), m.group(2));
        return t;
    }

    private static int rgb(String hex) {
        if (hex == null) throw new AssertionError("a token is missing");
        return Integer.parseInt(hex.substring(1), 16);
    }

    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int v) {
        double c = (v & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
