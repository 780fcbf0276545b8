// Finds the scenario a command names: a built-in id, or a path to a scenario file.
package org.interleave.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Problem;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.interleave.scenario.ScenarioLoader;

public final class ScenarioSource {
    /** A scenario, or the problems that stop it from loading. */
    public record Found(Scenario scenario, List<String> problems) {}

    private ScenarioSource() {}

    public static Found find(String idOrFile) {
        Path path = Path.of(idOrFile);
        if (idOrFile.endsWith(".yaml") || idOrFile.endsWith(".yml") || ScenarioLoader.isSpec(idOrFile) || Files.isRegularFile(path)) {
            LoadResult result = ScenarioLoader.load(path);
            return new Found(result.ok() ? result.scenario() : null, result.problems().stream().map(Problem::toString).toList());
        }
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        return library.find(idOrFile).map(s -> new Found(s, List.of())).orElseGet(() -> new Found(null, List.of(
                "no built-in scenario `" + idOrFile + "` and no such file; built-in ids are: "
                        + String.join(", ", library.scenarios().stream().map(Scenario::id).toList()))));
    }
}
