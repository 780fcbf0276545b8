// `run --inside`: what the database holds after each step, in the transcript and in the JSON, on H2 and PostgreSQL.
package org.interleave.cli;

import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RunInsideTest {
    @Test
    void theTranscriptTellsTheRowLockAndTheWaitAfterEachStepOnPostgres() {
        CliTest.Result r = run("run", "credits-lost-update", "--protection", "for-update", "--engine", "postgresql", "--inside");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("inside: T1 holds a row lock on accounts id = 1 (FOR UPDATE)"), r.out());
        assertTrue(r.out().contains("inside: T2 waits for T1's transaction to end (it locked or changed the row T2 needs)"), r.out());
        assertTrue(r.out().contains("inside: T2 holds a row lock on accounts id = 1 (FOR UPDATE)"), "once T1 committed, T2 has the row: " + r.out());
    }

    @Test
    void theJsonHasTransactionsLocksAndWaitsAfterEachStepAndH2SaysWhatItCannotShow() throws Exception {
        CliTest.Result r = run("run", "credits-lost-update", "--protection", "for-update", "--inside", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode inside = new ObjectMapper().readTree(r.out()).get("inside");
        assertEquals(6, inside.size(), "one reading per step issued");
        JsonNode afterWait = inside.get(1);
        assertEquals("T2", afterWait.get("waitsFor").get(0).get("lane").asText());
        assertEquals("T1", afterWait.get("waitsFor").get(0).get("holder").asText());
        assertEquals("waiting for a lock", afterWait.get("transactions").get(1).get("state").asText());
        assertTrue(afterWait.get("caveat").asText().contains("not which rows are locked"));
        assertFalse(run("run", "credits-lost-update").out().contains("inside:"), "without --inside the transcript is as before");
    }

    @Test
    void theJsonOnPostgresSaysWhichLanesSnapshotSeesEachRowVersion() throws Exception {
        CliTest.Result r = run("run", "credits-lost-update", "--engine", "postgresql", "--inside", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode afterWrite = new ObjectMapper().readTree(r.out()).get("inside").get(2);
        JsonNode versions = afterWrite.get("versions");
        assertEquals(2, versions.size(), afterWrite.toString());
        assertEquals("[\"T1\"]", versions.get(0).get("seenBy").toString(), "T2's change is not committed: T1 still sees the old balance");
        assertEquals("[\"T2\"]", versions.get(1).get("seenBy").toString());
        assertTrue(afterWrite.get("transactions").get(0).get("snapshot").asText().startsWith("no snapshot held"), afterWrite.toString());
    }
}
