// Bounds that keep one scenario file from exhausting the machine: time per statement, rows read per result.
package org.interleave.engine;

/**
 * @param statementMillis how long a statement may run without waiting for a lock (setup, steps, guards, checks)
 */
public record RunLimits(long statementMillis) {
    /** Long enough for any teaching scenario, short enough that a runaway query is stopped while people watch. */
    public static final RunLimits DEFAULT = new RunLimits(60_000);

    public RunLimits {
        if (statementMillis < 1000) throw new IllegalArgumentException("the time limit of a statement must be at least 1 s");
    }

    /** The limit in whole seconds, as JDBC's query timeout takes it. */
    public int statementSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (statementMillis + 999) / 1000));
    }

    /** "60 s". */
    public String words() {
        return statementSeconds() + " s";
    }
}
