// Shows how far an exploration has come on the terminal's error stream, when there is a terminal to show it on.
package org.interleave.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.function.LongConsumer;
import picocli.CommandLine.Model.CommandSpec;

final class Progress {
    /** Below this many orders an exploration is over before progress would help. */
    private static final long WORTH_SHOWING = 2_000;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean shown;
    private long lastNanos;

    Progress(CommandSpec spec) {
        this.err = spec.commandLine().getErr(); // not guarded: the progress line is rewritten with a carriage return of its own
        this.terminal = System.console() != null;
    }

    /** A consumer of "orders done" for one plan; prints at most twice a second. */
    LongConsumer of(String title, BigInteger total) {
        if (!terminal || total.compareTo(BigInteger.valueOf(WORTH_SHOWING)) < 0) return done -> {};
        String name = TerminalText.clean(title);
        return done -> {
            long now = System.nanoTime();
            synchronized (this) {
                if (now - lastNanos < 500_000_000L) return;
                lastNanos = now;
                shown = true;
                err.printf("\r%s: %,d of %,d orders", name, done, total);
                err.flush();
            }
        };
    }

    /** Ends the progress line, if one was shown. */
    synchronized void done() {
        if (shown) {
            err.println();
            shown = false;
        }
    }
}
