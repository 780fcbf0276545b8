// Loads and validates one scenario file, reporting every problem instead of stopping at the first.
package org.interleave.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class ScenarioLoader {
    /** Longest scenario file read: the built-in ones are under 10 KB. */
    public static final int MAX_FILE_CHARS = 1_000_000;

    private ScenarioLoader() {}

    public static LoadResult load(Path path) {
        String name = path.toString();
        try {
            if (Files.size(path) > 4L * MAX_FILE_CHARS) return tooLong(name, Files.size(path) + " bytes");
            return parse(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new LoadResult(name, null, List.of(new Problem(name, Pos.UNKNOWN, "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * Loads scenario text; {@code file} is the name used in problems. Whatever the text holds, this returns: a file
     * that trips a limit of the YAML or SQL parsers is reported as a problem, never thrown.
     */
    public static LoadResult parse(String file, String text) {
        try {
            return parseChecked(file, text);
        } catch (StackOverflowError e) {
            return new LoadResult(file, null, List.of(new Problem(file, Pos.UNKNOWN,
                    "the file is nested too deeply to be read; flatten it (too many nested lists, mappings or parentheses)")));
        } catch (RuntimeException e) {
            return new LoadResult(file, null, List.of(new Problem(file, Pos.UNKNOWN,
                    "the file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
    }

    /** A PostgreSQL isolationtester spec, read as the scenario it amounts to (see SpecTree). */
    public static boolean isSpec(String fileName) {
        return fileName.endsWith(".spec");
    }

    private static LoadResult tooLong(String file, String size) {
        return new LoadResult(file, null, List.of(new Problem(file, Pos.UNKNOWN, "the file is too long (" + size
                + "); a scenario file has at most " + MAX_FILE_CHARS + " characters")));
    }

    private static LoadResult parseChecked(String file, String text) {
        if (text.length() > MAX_FILE_CHARS) return tooLong(file, text.length() + " characters");
        List<Problem> problems = new ArrayList<>();
        StatementAllowlist allowlist = new StatementAllowlist();
        YamlNode root;
        if (isSpec(file)) {
            root = SpecTree.read(file, text, problems, allowlist);
            if (root == null) return new LoadResult(file, null, List.copyOf(problems));
        } else {
            try {
                root = YamlTreeReader.read(file, text, problems);
            } catch (YamlTreeReader.SyntaxError e) {
                return new LoadResult(file, null, List.of(new Problem(file, e.pos(), e.getMessage())));
            }
        }
        Scenario scenario = new ScenarioReader(file, problems, allowlist).read(root);
        if (scenario != null) new ScenarioValidator(file, problems, allowlist).validate(scenario);
        List<Problem> unique = ScenarioValidator.unique(problems);
        return new LoadResult(file, unique.isEmpty() ? scenario : null, List.copyOf(unique));
    }
}
