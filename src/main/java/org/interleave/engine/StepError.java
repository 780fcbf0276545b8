// The error a failed statement got: SQLState, vendor code, the database's message in one line, and its kind.
package org.interleave.engine;

public record StepError(String sqlState, int vendorCode, String shortMessage, ErrorKind kind) {
    /** "deadlock victim (SQLSTATE 40001)" */
    public String heading() {
        return kind.words() + (sqlState == null || sqlState.isBlank() ? "" : " (SQLSTATE " + sqlState + ")");
    }

    /** For a student: what happened, what it means, then the database's own message underneath. */
    public String explained() {
        return heading() + ". " + kind.explanation() + (shortMessage == null || shortMessage.isBlank() ? "" : "\nThe database said: " + shortMessage);
    }
}
