// `convert FILE.spec --out FILE.yaml`: writes a PostgreSQL isolation spec as the equivalent scenario file.
package org.interleave.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interleave.diagram.export.AtomicFileWriter;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.SpecConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, description = {
        "Write a PostgreSQL isolation spec (.spec) as the equivalent scenario file (.yaml), ready to get a story, notes and checks.",
        "An existing FILE is kept unless --force is given (exit code 3)."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "the isolation spec to convert")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the scenario file to write (.yaml)")
    Path out;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!ScenarioLoader.isSpec(source.toString())) {
            Cli.err(spec).println("`" + source + "` is not an isolation spec (.spec); `convert` turns specs into scenario files");
            return Cli.NOT_LOADED;
        }
        if (!Files.isRegularFile(source)) {
            Cli.err(spec).println("cannot read `" + source + "`: there is no such file");
            return Cli.NOT_LOADED;
        }
        if (Files.exists(out) && !force) {
            Cli.err(spec).println("`" + out + "` already exists; it was left unchanged. Add --force to overwrite it.");
            return ExportCommand.EXISTS;
        }
        SpecConversion.Result result = SpecConversion.toYaml(source.toString(), Files.readString(source, StandardCharsets.UTF_8));
        if (result.yaml() == null) {
            result.problems().forEach(Cli.err(spec)::println);
            return Cli.NOT_LOADED;
        }
        AtomicFileWriter.write(out, result.yaml().getBytes(StandardCharsets.UTF_8), force);
        Cli.out(spec).println("wrote " + out + " (scenario file from " + source.getFileName() + ")");
        return 0;
    }
}
