// `bench --startup`: start-up times of the jar in fresh processes, each against its yardstick measured in the same run.
package org.interleave.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each figure is the median wall time of {@code runs} fresh JVMs started one after another: from starting the
 * process to its end (`--version`, `list`), or to the first frame its window reports (the app, and a JavaFX
 * hello-world started the same way from the same jar). The first-frame pair needs a display.
 */
final class StartupBench {
    /** What was measured; times in milliseconds, ratios of medians. The frame figures are 0 without a display. */
    record Result(int runs, double versionMs, double listMs, double listOverVersion, double helloFrameMs, double appFrameMs,
            double appOverHello, String frameNote) {}

    private static final String PROBE = "org.interleave.ui.FirstFrame";
    private static final String FRAME_LINE = "interleave-first-frame";
    private static final String FRAME_PROPERTY = "-Dinterleave.reportFirstFrame=true";

    private StartupBench() {}

    static Result measure(int runs) throws IOException, InterruptedException {
        Path jar = runningJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> version = new ArrayList<>();
        List<Long> list = new ArrayList<>();
        List<Long> hello = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        String display = displayProblem();
        // interleaved, so that a slow moment of the machine falls on both sides of a ratio
        for (int i = 0; i < runs; i++) {
            version.add(untilExit(List.of(java, "-jar", jar.toString(), "--version")));
            list.add(untilExit(List.of(java, "-jar", jar.toString(), "list")));
            if (display == null) {
                hello.add(untilFirstFrame(List.of(java, FRAME_PROPERTY, "-cp", jar.toString(), PROBE)));
                app.add(untilFirstFrame(List.of(java, FRAME_PROPERTY, "-jar", jar.toString())));
            }
        }
        double v = median(version), l = median(list), h = median(hello), a = median(app);
        return new Result(runs, v, l, l / v, h, a, display == null ? a / h : 0, display == null ? "" : display);
    }

    private static Path runningJar() throws IOException {
        try {
            Path p = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) return p;
        } catch (java.net.URISyntaxException | SecurityException e) {
            // told below
        }
        throw new IOException("bench --startup measures the jar: run it as java -jar target/interleave.jar bench --startup");
    }

    /** Why no window can be shown here, or null when one can. */
    private static String displayProblem() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return null;
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display == null || display.isBlank()) && (wayland == null || wayland.isBlank())
                ? "no display (DISPLAY is not set): first frames not measured" : null;
    }

    private static long untilExit(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end within a minute");
        }
        return System.nanoTime() - start;
    }

    private static long untilFirstFrame(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.strip().equals(FRAME_LINE)) {
                    long took = System.nanoTime() - start;
                    p.waitFor(20, TimeUnit.SECONDS);
                    return took;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IOException(String.join(" ", command) + " ended without showing a window");
    }

    private static double median(List<Long> nanos) {
        if (nanos.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e6;
    }
}
