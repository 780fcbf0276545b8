// The export formats, each chosen by the file's extension.
package org.interleave.diagram.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum ExportFormat {
    PNG("png", "PNG image", true),
    SVG("svg", "SVG vector image", true),
    MERMAID("mmd", "Mermaid sequence diagram", false),
    PLANTUML("puml", "PlantUML sequence diagram", false),
    MARKDOWN("md", "Markdown handout", false);

    private final String extension;
    private final String description;
    private final boolean picture;

    ExportFormat(String extension, String description, boolean picture) {
        this.extension = extension;
        this.description = description;
        this.picture = picture;
    }

    /** Without the dot, e.g. "png". */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** True for the formats painted from the diagram's layout (PNG, SVG). */
    public boolean picture() {
        return picture;
    }

    public static Optional<ExportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
    }

    /** ".png, .svg, .mmd, .puml or .md". */
    public static String choices() {
        String all = Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
