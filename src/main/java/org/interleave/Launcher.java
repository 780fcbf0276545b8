// Entry point of the jar and the composition root: builds the engines, then opens the window or runs a subcommand.
package org.interleave;

import java.nio.file.Path;
import java.util.List;
import org.interleave.cli.Cli;
import org.interleave.engine.Engines;
import org.interleave.engine.h2.H2EngineFactory;
import org.interleave.engine.mariadb.MariaEngineFactory;
import org.interleave.engine.postgresql.PostgresEngineFactory;
import org.interleave.ui.InterleaveApp;
import org.interleave.ui.ScreenshotCommand;
import org.interleave.ui.WindowMemory;
import picocli.CommandLine;

public final class Launcher {
    /**
     * JavaFX's own logger. Held here because java.util.logging keeps loggers only weakly, and a dropped one would lose
     * its filter.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        ProcessHardening.refuseDeserialization();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietClasspathWarning();
        int exit;
        try (Engines engines = engines()) {
            configureFromEnvironment(engines, System.getenv());
            // Ctrl+C and SIGTERM too: the embedded server stops, and a course's server gets what Interleave made there dropped
            Runtime.getRuntime().addShutdownHook(new Thread(engines::close, "interleave-engines-closer"));
            if (args.length == 0) {
                // the window alone: the command line's parser is not built, which saves it a third of a second of start-up
                InterleaveApp.launchWindow(engines, List.of(), WindowMemory.inUserSettings());
                return;
            }
            CommandLine cl = Cli.commandLine(engines);
            cl.addSubcommand(new ScreenshotCommand());
            if (FileArguments.areFiles(args, cl.getSubcommands().keySet())) {
                List<Path> files = FileArguments.paths(args);
                String refused = FileArguments.refusal(files);
                if (refused != null) {
                    System.err.println(refused);
                    exit = 2;
                } else {
                    InterleaveApp.launchWindow(engines, files, WindowMemory.inUserSettings());
                    return;
                }
            } else {
                exit = cl.execute(args);
            }
        }
        System.exit(exit);
    }

    /** The one place that names concrete engines. */
    public static Engines engines() {
        return new Engines(List.of(new H2EngineFactory(), new PostgresEngineFactory(), new MariaEngineFactory()));
    }

    /**
     * A MariaDB server named in the environment (INTERLEAVE_MARIADB_URL, INTERLEAVE_MARIADB_USER, MARIADB_PASSWORD)
     * becomes a choice of the window and of compare; it is connected to only when used.
     */
    static void configureFromEnvironment(Engines engines, java.util.Map<String, String> environment) {
        String url = environment.get("INTERLEAVE_MARIADB_URL");
        if (url == null || url.isBlank()) return;
        engines.configure(org.interleave.scenario.EngineId.MARIADB, new org.interleave.engine.ServerAddress(url.strip(),
                environment.getOrDefault("INTERLEAVE_MARIADB_USER", "root"), environment.getOrDefault("MARIADB_PASSWORD", "")));
    }

    /**
     * The fat jar puts JavaFX on the classpath, on purpose, and JavaFX then warns "Unsupported JavaFX configuration:
     * classes were loaded from 'unnamed module ...'" at every start. This drops just that one record of the "javafx"
     * logger; its other records, and those of its children such as "javafx.css", still show.
     */
    private static void quietClasspathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
