// Turns the diagram's toolkit-free FontSpec into a JavaFX Font, choosing the first installed family of its kind.
package org.interleave.ui.diagram;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.interleave.diagram.FontSpec;

public final class FxFonts {
    private static final Map<FontSpec.Kind, String> FAMILY = new EnumMap<>(FontSpec.Kind.class);
    private final Map<FontSpec, Font> cache = new HashMap<>();

    /** The font for {@code spec}; cached, since the painter asks for the same few fonts again and again. */
    public Font of(FontSpec spec) {
        return cache.computeIfAbsent(spec, s -> Font.font(family(s.kind()), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }

    private static synchronized String family(FontSpec.Kind kind) {
        return FAMILY.computeIfAbsent(kind, k -> {
            Set<String> installed = new HashSet<>(Font.getFamilies());
            for (String f : k.families()) if (installed.contains(f)) return f;
            return k == FontSpec.Kind.MONO ? "Monospaced" : "System";
        });
    }
}
