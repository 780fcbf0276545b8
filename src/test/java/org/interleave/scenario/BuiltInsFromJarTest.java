// The built-in scenarios are read from the running jar's own entries: its scenario files, in order, and nothing else.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInsFromJarTest {
    @Test
    void readsTheScenarioFilesOfTheJarsFolderInOrder(@TempDir Path dir) throws Exception {
        String credits = Files.readString(Path.of("scenarios", "credits-lost-update.yaml"));
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "scenarios/", null);
            put(out, "scenarios/z-credits.yaml", credits);
            put(out, "scenarios/a-credits.yml", credits);
            put(out, "scenarios/notes.txt", "not a scenario");
            put(out, "scenarios/deeper/other.yaml", credits);
            put(out, "elsewhere/credits.yaml", credits);
        }
        List<LoadResult> read = ScenarioLibrary.readJar(new URL("jar:" + jar.toUri() + "!/scenarios"));
        assertEquals(List.of("scenarios/a-credits.yml", "scenarios/z-credits.yaml"), read.stream().map(LoadResult::file).toList());
        assertTrue(read.stream().allMatch(LoadResult::ok), read.toString());
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (text != null) out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
