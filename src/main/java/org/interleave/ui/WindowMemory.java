// Remembers the window's place, size and last scenario between launches, in a small file in the user's settings folder.
package org.interleave.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

public final class WindowMemory {
    /**
     * Where the window was and what it showed.
     *
     * @param scenario the id of the last scenario opened, "" for none
     * @param file     the file that scenario came from, "" for a built-in one
     */
    public record Placement(double x, double y, double width, double height, boolean maximized, String scenario, String file) {
        public Placement withScenario(String id, String fromFile) {
            return new Placement(x, y, width, height, maximized, id, fromFile);
        }
    }

    private final Path file;

    /** @param file the settings file, or null to remember nothing (tests, and the screenshot command) */
    public WindowMemory(Path file) {
        this.file = file;
    }

    public static WindowMemory none() {
        return new WindowMemory(null);
    }

    /**
     * The file in the user's settings folder: {@code %APPDATA%\Interleave} on Windows,
     * {@code ~/Library/Application Support/Interleave} on macOS, {@code $XDG_CONFIG_HOME/interleave} (or
     * {@code ~/.config/interleave}) elsewhere.
     */
    public static WindowMemory inUserSettings() {
        return new WindowMemory(settingsFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve("window.properties"));
    }

    static Path settingsFolder(String osName, java.util.Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) return Path.of(env.get("APPDATA"), "Interleave");
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Interleave");
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "interleave") : Path.of(home, ".config", "interleave");
    }

    /** What was saved last; empty when nothing was, or the file cannot be read or makes no sense. */
    public Optional<Placement> read() {
        Properties p = load();
        try {
            Placement placed = new Placement(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                    Boolean.parseBoolean(p.getProperty("maximized")), p.getProperty("scenario", ""), p.getProperty("file", ""));
            return placed.width() > 0 && placed.height() > 0 ? Optional.of(placed) : Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty(); // a damaged settings file costs the window its remembered place, nothing more
        }
    }

    /** The theme saved last, light when none was. */
    public Theme theme() {
        try {
            return Theme.valueOf(load().getProperty("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }

    /** The settings file's entries; none when there is no file or it cannot be read. */
    private Properties load() {
        Properties p = new Properties();
        if (file == null || !Files.isRegularFile(file)) return p;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            p.clear(); // a damaged file counts as none
        }
        return p;
    }

    /** Saves {@code placement} and {@code theme}, whole or not at all; a folder that cannot be written loses them quietly. */
    public void write(Placement placement, Theme theme) {
        if (file == null) return;
        Properties p = new Properties();
        p.setProperty("theme", theme.name());
        p.setProperty("x", Double.toString(placement.x()));
        p.setProperty("y", Double.toString(placement.y()));
        p.setProperty("width", Double.toString(placement.width()));
        p.setProperty("height", Double.toString(placement.height()));
        p.setProperty("maximized", Boolean.toString(placement.maximized()));
        p.setProperty("scenario", placement.scenario());
        p.setProperty("file", placement.file());
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "Interleave's window: where it was and what it showed");
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException notWritable) {
            // the window still closes; it opens at the default place next time
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key);
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) throw new IllegalArgumentException(key + " is " + v);
        return d;
    }
}
