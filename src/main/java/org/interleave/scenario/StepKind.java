// What kind of statement a step is, decided once at load time from its parse.
package org.interleave.scenario;

public enum StepKind {
    QUERY, DML, DDL, COMMIT, ROLLBACK;

    /** COMMIT or ROLLBACK: ends the lane's transaction, returns no rows. */
    public boolean endsTransaction() {
        return this == COMMIT || this == ROLLBACK;
    }
}
