// Entry point of the jar: no arguments opens the window, a subcommand runs headless.
package org.interleave;

import org.interleave.cli.Cli;
import org.interleave.ui.InterleaveApp;
import org.interleave.ui.ScreenshotCommand;
import picocli.CommandLine;

public final class Launcher {
    /**
     * JavaFX's own logger. Held here because java.util.logging keeps loggers only weakly, and a dropped one would lose
     * its filter.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) {
        ProcessHardening.refuseDeserialization();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietClasspathWarning();
        if (args.length == 0) {
            InterleaveApp.launchWindow();
            return;
        }
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand(new ScreenshotCommand());
        System.exit(cl.execute(args));
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
