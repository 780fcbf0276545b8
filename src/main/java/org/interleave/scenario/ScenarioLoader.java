// Loads and validates one scenario file, reporting every problem instead of stopping at the first.
package org.interleave.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class ScenarioLoader {
    private ScenarioLoader() {}

    public static LoadResult load(Path path) {
        String name = path.toString();
        try {
            return parse(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new LoadResult(name, null, List.of(new Problem(name, Pos.UNKNOWN, "cannot read the file: " + e.getMessage())));
        }
    }

    /** Loads scenario text; {@code file} is the name used in problems. */
    public static LoadResult parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        YamlNode root;
        try {
            root = YamlTreeReader.read(file, text, problems);
        } catch (YamlTreeReader.SyntaxError e) {
            return new LoadResult(file, null, List.of(new Problem(file, e.pos(), e.getMessage())));
        }
        Scenario scenario = new ScenarioReader(file, problems).read(root);
        if (scenario != null) new ScenarioValidator(file, problems).validate(scenario);
        List<Problem> unique = ScenarioValidator.unique(problems);
        return new LoadResult(file, unique.isEmpty() ? scenario : null, List.copyOf(unique));
    }
}
