// One set of verdict words everywhere, a plain explanation beside each database error, and a broken scenario called what it is.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.diagram.Runs;
import org.interleave.scenario.Outcome;
import org.junit.jupiter.api.Test;

class VerdictWordsTest {
    @Test
    void aMisspeltTableIsAScenarioErrorNotAProtection() {
        RunRecord r = Runs.fromYaml("""
                id: misspelt
                title: Misspelt table
                phenomenon: lost update
                setup:
                  - CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL)
                  - INSERT INTO accounts VALUES (1, 1000)
                lanes:
                  - id: T1
                    steps: [SELECT balance FROM acounts WHERE id = 1, COMMIT]
                  - id: T2
                    steps: [SELECT balance FROM accounts WHERE id = 1, COMMIT]
                checks:
                  - name: balance
                    sql: SELECT balance FROM accounts WHERE id = 1
                    expect: "= 1000"
                """, "none");
        Verdict v = r.verdict();
        assertTrue(v.scenarioError());
        assertEquals("scenario error", v.headline());
        assertTrue(v.line().startsWith("SCENARIO ERROR — the scenario has an error, not a transaction: T1's step"), v.line());
        assertTrue(v.summary().contains("ACOUNTS") && v.summary().endsWith("fix the scenario file"), "the database's own message: " + v.summary());
    }

    @Test
    void aProtectionsPriceReadsTheSameInEveryPlace() {
        Verdict v = Runs.record("credits-lost-update", "repeatable-read").verdict();
        assertEquals(Outcome.ABORTED, v.outcome(), "the JSON word stays");
        assertEquals("safe, at a price", v.headline());
        assertEquals("SAFE, AT A PRICE — no lost update, but T1 was rolled back (serialization failure)", v.line());
        assertFalse(v.scenarioError());
    }

    @Test
    void everyErrorKindExplainsItselfWithTheDatabasesMessageUnderneath() {
        for (ErrorKind k : ErrorKind.values()) assertTrue(k.explanation().length() > 30, k + " has no explanation");
        StepError deadlock = Runs.record("transfer-deadlock", "none").events().stream().filter(e -> e.error() != null)
                .findFirst().orElseThrow().error();
        assertEquals(ErrorKind.DEADLOCK, deadlock.kind());
        assertTrue(deadlock.explained().startsWith("deadlock victim (SQLSTATE 40001). Two transactions each waited for a lock"), deadlock.explained());
        assertTrue(deadlock.explained().contains("\nThe database said: Deadlock detected"), deadlock.explained());
    }
}
