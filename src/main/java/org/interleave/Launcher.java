// Entry point of the jar: no arguments opens the window, a subcommand runs headless.
package org.interleave;

import org.interleave.cli.Cli;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            System.out.println("The window arrives with the next change; try `java -jar target/interleave.jar --help`.");
            return;
        }
        System.exit(Cli.commandLine().execute(args));
    }
}
