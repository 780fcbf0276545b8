// Entry point of the jar: no arguments opens the window, a subcommand runs headless.
package org.interleave;

import org.interleave.cli.Cli;
import org.interleave.ui.InterleaveApp;
import org.interleave.ui.ScreenshotCommand;
import picocli.CommandLine;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            InterleaveApp.launchWindow();
            return;
        }
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand(new ScreenshotCommand());
        System.exit(cl.execute(args));
    }
}
