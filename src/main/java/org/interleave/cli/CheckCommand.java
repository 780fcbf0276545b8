// `check FILE...`: validates scenario files and prints every problem as file:line:column: message.
package org.interleave.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.engine.SchemaCheck;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Problem;
import org.interleave.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate scenario files (or folders of them): their shape, their SQL, and every statement against the scenario's own schema on a scratch database (H2 unless --engine says otherwise). Exit 0 only if all are valid.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders")
    List<Path> files;

    @ParentCommand
    Cli cli;

    @Mixin
    EngineOptions database;

    @Override
    public Integer call() {
        int bad = 0;
        int total = 0;
        SchemaCheck schema = new SchemaCheck(database.choose(spec, cli.engines()));
        for (Path path : files) {
            for (LoadResult loaded : ScenarioLibrary.loadPath(path)) {
                total++;
                LoadResult result = loaded.ok() ? withSchemaProblems(loaded, schema) : loaded;
                if (result.ok()) {
                    Cli.out(spec).println(TerminalText.one(result.file()) + ": ok (" + result.scenario().id() + ")");
                } else {
                    bad++;
                    result.problems().forEach(p -> Cli.out(spec).println(p));
                }
            }
        }
        if (total == 0) {
            Cli.err(spec).println("no scenario files (.yaml, .yml) or isolation specs (.spec) found in " + files);
            return Cli.NOT_LOADED;
        }
        return bad == 0 ? 0 : Cli.NOT_LOADED;
    }

    /** A file that loads is then checked against its own schema: its statements must name what its setup makes. */
    private static LoadResult withSchemaProblems(LoadResult loaded, SchemaCheck schema) {
        List<Problem> problems = schema.problems(loaded.scenario());
        return problems.isEmpty() ? loaded : new LoadResult(loaded.file(), null, problems);
    }
}
