// Proposes an export's file name from scenario and protection, e.g. credits-lost-update-ledger.png, and fixes extensions.
package org.interleave.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.scenario.RunPlan;

public final class ExportFileName {
    private ExportFileName() {}

    /** "credits-lost-update-ledger.png", or "credits-lost-update-none.png" without a protection. */
    public static String propose(RunPlan plan, ExportFormat format) {
        return safe(plan.scenario().id()) + "-" + safe(plan.protectionId()) + "." + format.extension();
    }

    /** The file with the format's extension: a name typed without it (or with another one) gets it appended. */
    public static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())) return file;
        return file.resolveSibling(name + "." + format.extension());
    }

    /** Letters, digits, dots, dashes and underscores; anything else (a slash, a space) becomes a dash. */
    private static String safe(String part) {
        String s = part == null ? "" : part.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return s.isEmpty() ? "diagram" : s;
    }
}
