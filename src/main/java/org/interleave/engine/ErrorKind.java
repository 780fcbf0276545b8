// What kind of failure a statement met, in words a student understands.
package org.interleave.engine;

public enum ErrorKind {
    DEADLOCK("deadlock victim", true),
    SERIALIZATION("serialization failure", true),
    UNIQUE_VIOLATION("unique constraint violated", false),
    CHECK_VIOLATION("check constraint violated", false),
    FOREIGN_KEY_VIOLATION("foreign key violated", false),
    NOT_NULL_VIOLATION("NOT NULL violated", false),
    LOCK_TIMEOUT("lock wait timed out", false),
    LOCK_NOT_AVAILABLE("lock not available (NOWAIT)", false),
    TRANSACTION_ABORTED("refused: the transaction is already aborted", false),
    TIME_LIMIT("statement stopped at its time limit", false),
    RESOURCE_LIMIT("statement stopped: it needed too much memory", false),
    SYNTAX("SQL syntax or name error", false),
    CANCELLED("statement cancelled", false),
    CONNECTION_LOST("connection lost", false),
    OTHER("database error", false);

    private final String words;
    private final boolean concurrencyFailure;

    ErrorKind(String words, boolean concurrencyFailure) {
        this.words = words;
        this.concurrencyFailure = concurrencyFailure;
    }

    public String words() {
        return words;
    }

    /** True for the failures a protection trades for safety (deadlock, serialization failure). */
    public boolean concurrencyFailure() {
        return concurrencyFailure;
    }

    /** The JSON spelling, e.g. "unique-violation". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
