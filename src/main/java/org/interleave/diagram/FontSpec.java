// A font request in points, independent of any toolkit: family kind, size and weight.
package org.interleave.diagram;

import java.util.List;

public record FontSpec(Kind kind, double size, boolean bold) {
    public enum Kind {
        SANS(List.of("DejaVu Sans", "Arial", "Helvetica", "sans-serif")),
        MONO(List.of("DejaVu Sans Mono", "Consolas", "Menlo", "Courier New", "monospace"));

        private final List<String> families;

        Kind(List<String> families) {
            this.families = families;
        }

        /** Font families in order of preference; the last one is the generic CSS family. */
        public List<String> families() {
            return families;
        }

        /** The CSS font-family value, e.g. {@code "DejaVu Sans", Arial, Helvetica, sans-serif} (double quotes only). */
        public String cssFamily() {
            StringBuilder b = new StringBuilder();
            for (String f : families) {
                if (b.length() > 0) b.append(", ");
                b.append(f.contains(" ") ? "\"" + f + "\"" : f);
            }
            return b.toString();
        }
    }

    public static FontSpec sans(double size) {
        return new FontSpec(Kind.SANS, size, false);
    }

    public static FontSpec sansBold(double size) {
        return new FontSpec(Kind.SANS, size, true);
    }

    public static FontSpec mono(double size) {
        return new FontSpec(Kind.MONO, size, false);
    }

    public FontSpec scaled(double factor) {
        return new FontSpec(kind, size * factor, bold);
    }
}
