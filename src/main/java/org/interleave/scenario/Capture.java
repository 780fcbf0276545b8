// What a step keeps for later steps and checks: a column of its first row, every row's value of a column, or a count.
package org.interleave.scenario;

/** @param column the result column, for FIRST_ROW and ALL_ROWS; null for the counts */
public record Capture(Kind kind, String column) {
    /** The four things a step can keep, as a file writes them after the variable's name. */
    public enum Kind {
        /** `balance`: the first row's value of a column (NULL when there is no row). */
        FIRST_ROW,
        /** `{ all: name }`: every row's value of a column, kept as a list. */
        ALL_ROWS,
        /** `{ count: rows }`: how many rows a query returned. */
        ROW_COUNT,
        /** `{ count: changed }`: how many rows a data change wrote (its update count). */
        CHANGED_COUNT
    }

    public static Capture firstRow(String column) {
        return new Capture(Kind.FIRST_ROW, column);
    }

    /** True for the kinds read from a result's columns (a query, or a data change with RETURNING). */
    public boolean readsColumns() {
        return kind == Kind.FIRST_ROW || kind == Kind.ALL_ROWS;
    }

    /** As a file writes it: `balance`, `{ all: name }`, `{ count: rows }`, `{ count: changed }`. */
    public String written() {
        return switch (kind) {
            case FIRST_ROW -> column;
            case ALL_ROWS -> "{ all: " + column + " }";
            case ROW_COUNT -> "{ count: rows }";
            case CHANGED_COUNT -> "{ count: changed }";
        };
    }
}
