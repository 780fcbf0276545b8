// Picks installed AWT fonts for FontSpecs (DejaVu first, then common fallbacks, then Java's logical fonts).
package org.interleave.diagram.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interleave.diagram.FontSpec;

public final class AwtFonts {
    private static final Map<FontSpec.Kind, String> FAMILY = new ConcurrentHashMap<>();
    private static final Map<FontSpec, Font> CACHE = new ConcurrentHashMap<>();

    private AwtFonts() {}

    public static Font font(FontSpec spec) {
        return CACHE.computeIfAbsent(spec, s -> new Font(family(s.kind()), s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
    }

    /** The first installed family of the kind's preferences, or Java's logical SansSerif / Monospaced. */
    public static String family(FontSpec.Kind kind) {
        return FAMILY.computeIfAbsent(kind, k -> {
            Set<String> installed = new HashSet<>(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            for (String f : k.families()) if (installed.contains(f)) return f;
            return k == FontSpec.Kind.MONO ? Font.MONOSPACED : Font.SANS_SERIF;
        });
    }

    /** The CSS font-family list for an AWT family chosen by {@link #family}, for SVG output. */
    public static String cssFamily(String awtFamily) {
        for (FontSpec.Kind k : FontSpec.Kind.values()) {
            if (awtFamily.equals(family(k)) || k.families().contains(awtFamily)) return k.cssFamily();
        }
        if (Font.MONOSPACED.equals(awtFamily)) return FontSpec.Kind.MONO.cssFamily();
        return FontSpec.Kind.SANS.cssFamily();
    }
}
