// What kind of statement a step is, decided once at load time from its parse.
package org.interleave.scenario;

public enum StepKind {
    QUERY, DML, DDL, COMMIT, ROLLBACK,
    /** BEGIN or START TRANSACTION: opens a transaction in a lane that runs in autocommit. */
    BEGIN,
    /** SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE SAVEPOINT: inside a transaction, without ending it. */
    SAVEPOINT,
    /**
     * Several queries and data changes sent as one step, as a step block of a PostgreSQL isolation spec: the step
     * waits when any of them waits, and fails at the first that fails.
     */
    BLOCK;

    /** COMMIT or ROLLBACK: ends the lane's transaction, returns no rows. */
    public boolean endsTransaction() {
        return this == COMMIT || this == ROLLBACK;
    }

    /** A statement that steers the transaction (BEGIN, COMMIT, ROLLBACK, savepoints) rather than reading or changing data. */
    public boolean controlsTransaction() {
        return endsTransaction() || this == BEGIN || this == SAVEPOINT;
    }
}
