// Mutated copies of the built-in scenarios (fixed seed): every one loads, or gives one-line file:line:column problems; nothing escapes.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioFuzzTest {
    private static final long SEED = 20261201L;
    private static final int MUTANTS = 400;
    private static final Pattern PROBLEM = Pattern.compile("mutant-\\d+\\.yaml:\\d+:\\d+: .+");
    private static final List<String> INJECTIONS = List.of("; DROP TABLE t", " UNION SELECT FILE_READ('/etc/passwd')", "' OR '1'='1",
            "/*", "*/", "$$", "\"", "'", "(((((", ")))", " FOR UPDATE", " RETURNING *", "\u001b[2J", "\r", ": *alias", "&anchor ",
            "\t", "{", "}", "[", "]", " -- ", "#", "CAST(X'aced' AS OTHER)", "COMMIT", "\\");
    private static final List<String> KEYS = List.of("id", "title", "setup", "lanes", "steps", "sql", "capture", "guard", "schedule",
            "checks", "expect", "protections", "replace", "with", "isolation", "mode", "note");

    private static List<String> builtInTexts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
            return texts;
        }
    }

    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String t = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, t);
                }
                case 3 -> lines.set(at, random.nextBoolean() ? "  " + lines.get(at) : lines.get(at).replaceFirst("^  ", ""));
                case 4 -> {
                    String key = KEYS.get(random.nextInt(KEYS.size()));
                    lines.set(at, lines.get(at).replace(key + ":", key.substring(0, key.length() - 1) + (char) ('a' + random.nextInt(26)) + ":"));
                }
                case 5 -> {
                    String line = lines.get(at);
                    int pos = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + INJECTIONS.get(random.nextInt(INJECTIONS.size())) + line.substring(pos));
                }
                case 6 -> lines.set(at, lines.get(at).replaceFirst("'[^']*'", "'" + "x".repeat(1000 + random.nextInt(30_000)) + "'"));
                case 7 -> {
                    String joined = String.join("\n", lines);
                    return joined.substring(0, random.nextInt(joined.length() + 1));
                }
                default -> lines.set(at, lines.get(at).replaceFirst("\\(", "(".repeat(1 + random.nextInt(3000))));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void everyMutantLoadsOrIsToldInOneLinePerProblem() throws IOException {
        List<String> texts = builtInTexts();
        assertFalse(texts.isEmpty(), "the built-in scenarios are read from scenarios/");
        Random random = new Random(SEED);
        int loaded = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String file = "mutant-" + i + ".yaml";
            String text = mutate(texts.get(random.nextInt(texts.size())), random);
            LoadResult result;
            try {
                result = ScenarioLoader.parse(file, text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(file + " escaped the loader with " + e + "\n" + text, e);
            }
            if (result.ok()) {
                loaded++;
                continue;
            }
            assertFalse(result.problems().isEmpty(), file + " did not load but says nothing");
            for (Problem p : result.problems()) {
                String line = p.toString();
                assertTrue(PROBLEM.matcher(line).matches() && line.lines().count() == 1, file + ": " + line);
                assertFalse(line.contains("\u001b"), file + ": an escape character in a problem");
            }
        }
        assertTrue(loaded > 0 && loaded < MUTANTS, "the mutants are a mix of good and broken files: " + loaded + " loaded");
    }
}
