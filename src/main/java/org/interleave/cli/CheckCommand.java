// `check FILE...`: validates scenario files and prints every problem as file:line:column: message.
package org.interleave.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate scenario files (or folders of them) without running them. Exit 0 only if all are valid.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files or folders")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        int total = 0;
        for (Path path : files) {
            for (LoadResult result : ScenarioLibrary.loadPath(path)) {
                total++;
                if (result.ok()) {
                    Cli.out(spec).println(TerminalText.one(result.file()) + ": ok (" + result.scenario().id() + ")");
                } else {
                    bad++;
                    result.problems().forEach(p -> Cli.out(spec).println(p));
                }
            }
        }
        if (total == 0) {
            Cli.err(spec).println("no scenario files (.yaml, .yml) found in " + files);
            return Cli.NOT_LOADED;
        }
        return bad == 0 ? 0 : Cli.NOT_LOADED;
    }
}
