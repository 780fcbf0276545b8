// `export SCENARIO --out FILE`: runs a scenario and writes its diagram as PNG, SVG, Mermaid, PlantUML or a Markdown handout.
package org.interleave.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.export.AtomicFileWriter;
import org.interleave.diagram.export.DiagramExporter;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.diagram.render.Java2DTextMeasurer;
import org.interleave.diagram.render.PngRenderer;
import org.interleave.diagram.text.ComparisonMarkdown;
import org.interleave.diagram.text.HandoutComparison;
import org.interleave.engine.Engines;
import org.interleave.engine.compare.Comparison;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.RunPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Run a scenario (embedded H2 unless --engine says otherwise) and export its diagram; the format follows FILE's extension:",
                ".png (image), .svg (vector image), .mmd (Mermaid), .puml (PlantUML), .md (Markdown handout).",
                "Works without a display. An existing FILE is kept unless --force is given (exit code 3)."})
final class ExportCommand implements Callable<Integer> {
    /** Exit code when the output file exists and --force was not given. */
    static final int EXISTS = 3;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    PlanOptions what;

    @Mixin
    EngineOptions database;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write: .png, .svg, .mmd, .puml or .md")
    Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per diagram pixel: 1, 2 or 3 (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int scale;

    @Option(names = "--lock-track", description = "the lock track: in PNG and SVG a bar beside each lane from the step that took a row"
            + " lock to the end of its transaction; in Mermaid and PlantUML the lane activated over that span; in Markdown a list of the locks held")
    boolean lockTrack;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Option(names = "--engines", split = ",", paramLabel = "ENGINE,...",
            description = "for a .md handout: add a table of the same schedule on these engines, e.g. h2,postgresql,mariadb")
    List<String> compareOn;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ExportFormat format = ExportFormat.forFile(out).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "cannot tell the format of `" + out + "` from its extension; use " + ExportFormat.choices()));
        if (scale < 1 || scale > PngRenderer.MAX_SCALE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be 1, 2 or 3, not " + scale);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            Cli.err(spec).println("the folder of `" + out + "` does not exist: " + parent);
            return Cli.NOT_LOADED;
        }
        if (Files.exists(out) && !force) return refuse();
        PlanOptions.Chosen chosen = what.choose(spec);
        if (chosen == null) return Cli.NOT_LOADED;
        RunPlan plan = chosen.plan();
        List<String> order = chosen.schedule();
        DatabaseEngine engine = database.choose(spec, cli.engines());
        RunRecord record;
        try {
            record = RunRecord.execute(plan, engine, order);
        } catch (RunSetupException e) {
            Cli.err(spec).println(e.getMessage());
            return Cli.NOT_LOADED;
        }
        DiagramInput input = DiagramInput.of(record);
        List<RunRecord> comparison = format == ExportFormat.MARKDOWN ? HandoutComparison.others(plan, engine, order) : List.of();
        DiagramLayout layout = format.picture() ? DiagramExporter.layout(input, lockTrack) : null;
        byte[] bytes = layout != null ? DiagramExporter.picture(layout, new Java2DTextMeasurer(), format, scale)
                : DiagramExporter.export(input, format, scale, comparison, lockTrack);
        if (format == ExportFormat.MARKDOWN && compareOn != null) {
            List<Engines.Availability> engines = database.availabilities(spec, cli.engines(), compareOn);
            String section = ComparisonMarkdown.section(Comparison.run(plan, record.schedule(), engines));
            bytes = (new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n" + section).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            AtomicFileWriter.write(out, bytes, force);
        } catch (FileAlreadyExistsException e) {
            return refuse();
        } catch (IOException e) {
            Cli.err(spec).println("cannot write `" + out + "`: " + e.getMessage());
            return Cli.NOT_LOADED;
        }
        String size = format == ExportFormat.PNG ? ", " + PngRenderer.pixels(layout.width(), scale) + "×"
                + PngRenderer.pixels(layout.height(), scale) + " px at " + scale + "x" : "";
        Cli.out(spec).println("wrote " + out + " (" + format.description() + size + ")");
        return 0;
    }

    private int refuse() {
        Cli.err(spec).println("`" + out + "` already exists; it was left unchanged. Add --force to overwrite it.");
        return EXISTS;
    }
}
