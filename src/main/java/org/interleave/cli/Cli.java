// The headless command line: list, check and run scenarios (and more subcommands added by the launcher).
package org.interleave.cli;

import java.io.PrintWriter;
import org.interleave.engine.Engines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "interleave", mixinStandardHelpOptions = true, version = "Interleave 0.1",
        description = "See how concurrent transactions interfere, on a real database (embedded H2 or PostgreSQL, or your own server).%n"
                + "Without a subcommand the window opens.",
        subcommands = {ListCommand.class, CheckCommand.class, RunCommand.class, CompareCommand.class, ExploreCommand.class, BenchCommand.class,
                ExportCommand.class, ConvertCommand.class})
public final class Cli {
    /** Exit code for a scenario that does not load. */
    public static final int NOT_LOADED = 1;

    private final Engines engines;

    private Cli(Engines engines) {
        this.engines = engines;
    }

    /** The engines the subcommands run on; the caller closes them when the command has ended. */
    public Engines engines() {
        return engines;
    }

    /** The command line with its subcommands, ready for more to be added. */
    public static CommandLine commandLine(Engines engines) {
        CommandLine cl = new CommandLine(new Cli(engines));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static int execute(CommandLine cl, String... args) {
        return cl.execute(args);
    }

    /** Standard output for text that may hold a scenario file's words: no escape sequence of theirs reaches the terminal. */
    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return TerminalText.guarded(spec.commandLine().getOut());
    }

    static PrintWriter err(CommandLine.Model.CommandSpec spec) {
        return TerminalText.guarded(spec.commandLine().getErr());
    }
}
