// The error a failed statement got: SQLState, vendor code, the database's message and its kind.
package org.interleave.engine;

public record StepError(String sqlState, int vendorCode, String message, ErrorKind kind) {
    /** The first line of the database message, without H2's trailing SQL echo. */
    public String shortMessage() {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        int sqlEcho = first.indexOf("; SQL statement:");
        return sqlEcho > 0 ? first.substring(0, sqlEcho) : first;
    }
}
