// BEGIN / START TRANSACTION and savepoints as steps: what the allowlist takes, what each engine refuses, and where they belong.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionStepsTest {
    private final StatementAllowlist allowlist = new StatementAllowlist();

    @Test
    void beginsAndSavepointsAreStepsOfTheirOwnKind() {
        for (String begin : List.of("BEGIN", "begin work;", "BEGIN TRANSACTION", "START TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                "BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE")) {
            assertEquals(Optional.of(StepKind.BEGIN), allowlist.kindOf(begin, EngineId.POSTGRESQL), begin);
        }
        for (String sp : List.of("SAVEPOINT a", "ROLLBACK TO SAVEPOINT a", "rollback to a", "RELEASE SAVEPOINT a", "RELEASE a")) {
            assertEquals(Optional.of(StepKind.SAVEPOINT), allowlist.kindOf(sp, EngineId.H2), sp);
        }
        assertEquals(new TransactionStart(Isolation.SERIALIZABLE, true, true),
                TransactionStart.parse("START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE").orElseThrow());
        assertEquals(new TransactionStart(null, false, false), TransactionStart.parse("BEGIN NOT DEFERRABLE").orElseThrow());
        assertEquals(new TransactionStart.Savepoint(TransactionStart.Savepoint.Op.ROLLBACK_TO, "before_fee"),
                TransactionStart.Savepoint.parse("ROLLBACK TO SAVEPOINT Before_Fee").orElseThrow());
        assertTrue(allowlist.kindOf("BEGIN; DROP TABLE t", EngineId.POSTGRESQL).isEmpty(), "one statement only");
        assertTrue(allowlist.kindOf("SAVEPOINT a; DROP TABLE t", EngineId.H2).isEmpty());
    }

    @Test
    void optionsAnEngineDoesNotHonourAreRefusedForIt() {
        String readOnly = "START TRANSACTION READ ONLY";
        assertTrue(allowlist.refusal(readOnly, EngineId.H2, StatementAllowlist.Place.STEP).orElseThrow()
                .startsWith("H2 has no read-only transactions (measured: it ignores the connection's read-only flag)"));
        assertEquals(Optional.empty(), allowlist.refusal(readOnly, EngineId.MARIADB, StatementAllowlist.Place.STEP));
        String deferrable = "BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE";
        assertEquals(Optional.empty(), allowlist.refusal(deferrable, EngineId.POSTGRESQL, StatementAllowlist.Place.STEP));
        assertTrue(allowlist.refusal(deferrable, EngineId.MARIADB, StatementAllowlist.Place.STEP).orElseThrow().startsWith("DEFERRABLE is PostgreSQL's"));
        String snapshot = "BEGIN ISOLATION LEVEL SNAPSHOT";
        assertEquals(Optional.empty(), allowlist.refusal(snapshot, EngineId.H2, StatementAllowlist.Place.STEP));
        assertEquals(Isolation.SNAPSHOT, TransactionStart.parse(snapshot).orElseThrow().isolation());
        for (EngineId server : List.of(EngineId.POSTGRESQL, EngineId.MARIADB)) {
            assertTrue(allowlist.refusal(snapshot, server, StatementAllowlist.Place.STEP).orElseThrow()
                    .startsWith("SNAPSHOT is H2's own isolation level; give the other engines their own text"), server.key());
        }
        assertTrue(allowlist.refusal("BEGIN", EngineId.H2, StatementAllowlist.Place.SETUP).orElseThrow()
                .startsWith("BEGIN, COMMIT, ROLLBACK and savepoints belong in a lane's steps, not in "));
    }

    @Test
    void aBeginInALaneThatIsAlreadyOneTransactionIsTold() {
        LoadResult r = ScenarioLoader.parse("b.yaml", """
                id: b
                title: B
                lanes:
                  - id: T1
                    steps:
                      - { id: begin, sql: BEGIN }
                      - { id: commit, sql: COMMIT }
                """);
        assertEquals(List.of("b.yaml:6:9: step `begin` of lane T1 opens a transaction, but the lane already runs in one (mode: transaction,"
                + " the default); write `mode: autocommit` on the lane to open its transactions with BEGIN"),
                r.problems().stream().map(Problem::toString).toList());
    }
}
