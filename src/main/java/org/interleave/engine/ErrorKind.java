// What kind of failure a statement met, in words a student understands.
package org.interleave.engine;

public enum ErrorKind {
    DEADLOCK("deadlock victim", true, "Two transactions each waited for a lock the other held, so neither could go on; the"
            + " database rolled this one back so that the other could finish. Running it again would work."),
    SERIALIZATION("serialization failure", true, "The database could not fit this transaction into any serial order with"
            + " the others that ran at the same time, so it refused it rather than give a wrong result. Running it again would work."),
    UNIQUE_VIOLATION("unique constraint violated", false, "The row would repeat a value that must be unique (a key): another"
            + " transaction stored it first."),
    CHECK_VIOLATION("check constraint violated", false, "The new value breaks a rule (CHECK) of the table, so the database refused it."),
    FOREIGN_KEY_VIOLATION("foreign key violated", false, "The row refers to a row that does not exist, or is still referred to by another."),
    NOT_NULL_VIOLATION("NOT NULL violated", false, "A value the table requires is missing."),
    LOCK_TIMEOUT("lock wait timed out", false, "The statement waited for another transaction's lock longer than the database allows."),
    LOCK_NOT_AVAILABLE("lock not available (NOWAIT)", false, "The row was locked by another transaction, and the statement asked"
            + " not to wait for it."),
    TRANSACTION_ABORTED("refused: the transaction is already aborted", false, "An earlier statement of this transaction failed;"
            + " the database refuses everything else until the transaction rolls back."),
    TIME_LIMIT("statement stopped at its time limit", false, "The statement ran longer than Interleave's time limit for one statement."),
    RESOURCE_LIMIT("statement stopped: it needed too much memory", false, "The statement needed more memory or disk than"
            + " Interleave allows a scenario."),
    SYNTAX("SQL syntax or name error", false, "The scenario's SQL is wrong (a misspelt table, column or keyword): an error in the"
            + " scenario file, not something the concurrency caused. Fix the file; `check` finds most of these."),
    CANCELLED("statement cancelled", false, "The statement was cancelled before it finished."),
    CONNECTION_LOST("connection lost", false, "The lane's connection to the database ended (on purpose, for a crash, or because"
            + " the server went away)."),
    OTHER("database error", false, "The database refused the statement; its own message says why.");

    private final String words;
    private final boolean concurrencyFailure;
    private final String explanation;

    ErrorKind(String words, boolean concurrencyFailure, String explanation) {
        this.words = words;
        this.concurrencyFailure = concurrencyFailure;
        this.explanation = explanation;
    }

    /** What it means, in a sentence or two a student reads beside the database's own message. */
    public String explanation() {
        return explanation;
    }

    /** True when the scenario file is at fault (its SQL is wrong), not a transaction. */
    public boolean scenarioMistake() {
        return this == SYNTAX;
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
