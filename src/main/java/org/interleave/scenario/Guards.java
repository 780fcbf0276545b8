// The query that evaluates a step's guard: one place for the SQL shape that the validator checks and the lanes run.
package org.interleave.scenario;

public final class Guards {
    private Guards() {}

    /** A query that returns 1 when {@code guard} holds, else 0. */
    public static String query(String guard) {
        return "SELECT CASE WHEN (" + guard + ") THEN 1 ELSE 0 END";
    }
}
