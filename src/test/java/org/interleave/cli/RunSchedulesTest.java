// `run` with named schedules, schedules naming steps, expected steps and the final tables, in the transcript and the JSON.
package org.interleave.cli;

import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.interleave.scenario.StepExpectAndSchedulesTest;
import org.junit.jupiter.api.Test;

class RunSchedulesTest {
    private static final String FILE = StepExpectAndSchedulesTest.FILE.toString();

    @Test
    void aNamedScheduleRunsByItsNameOrPositionAndTheTranscriptMarksEachSurprise() {
        CliTest.Result r = run("run", FILE, "--schedule-name", "t2-first");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("schedule:   t2-first: T2.read T1.read T2.write T2.commit T1.write T1.commit"), r.out());
        assertTrue(r.out().contains("≠ expected to wait for T1, but completed at once"), r.out());
        assertTrue(r.out().contains("≠ expected to complete at once, but waited for T2, then completed"), r.out());
        assertTrue(r.out().contains("expected steps: 2 of 2 did not do what the scenario expects on h2 (marked ≠ above)"), r.out());
        assertEquals(r.out(), run("run", FILE, "--schedule-name", "2").out(), "the second schedule, by position");

        CliTest.Result met = run("run", FILE, "--schedule-name", "t1-first", "--engine", "postgresql");
        assertTrue(met.out().contains("expected steps: 2 of 2 did what the scenario expects on postgresql"), met.out());
        assertTrue(!met.out().contains("≠"), met.out());
    }

    @Test
    void aScheduleOfStepsOnTheCommandLineMayRepeatAndLeaveOutSteps() {
        CliTest.Result r = run("run", FILE, "--schedule", "T1.read,T1.read,T1.write,T1.commit,T2.read,T2.commit");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("schedule:   T1.read T1.read T1.write T1.commit T2.read T2.commit"), r.out());
        assertTrue(!r.out().contains("T2   write"), "T2's write is left out: " + r.out());
        assertTrue(r.out().contains("FAILS balance: 1100 (expected 1050)"), "the check counts T2 as committed, though its write was left out: " + r.out());

        CliTest.Result typo = run("run", FILE, "--schedule", "T1.raed,T2.read,T1.commit,T2.commit");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("the schedule names step `T1.raed`, which lane T1 does not have (did you mean `read`?)"), typo.err());
        CliTest.Result both = run("run", FILE, "--schedule", "T1,T2", "--schedule-name", "t1-first");
        assertTrue(both.err().contains("give --schedule or --schedule-name, not both"), both.err());
        CliTest.Result unknown = run("run", FILE, "--schedule-name", "t3-first");
        assertTrue(unknown.err().contains("has no schedule `t3-first`"), unknown.err());
    }

    @Test
    void theJsonHasTheScheduleNameTheSurprisesAndTheFinalContentsOfEveryTable() throws Exception {
        CliTest.Result r = run("run", FILE, "--schedule-name", "t2-first", "--engine", "postgresql", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("t2-first", json.get("scheduleName").asText());
        assertEquals(2, json.get("surprises").size());
        assertEquals("T2", json.get("surprises").get(0).get("lane").asText());
        assertEquals("wait for T1", json.get("surprises").get(0).get("expected").asText());
        assertEquals("completed at once", json.get("surprises").get(0).get("actual").asText());
        JsonNode first = json.get("events").get(0);
        assertEquals("wait for T1", first.get("expected").asText());
        assertEquals("expected to wait for T1, but completed at once", first.get("surprise").asText());
        JsonNode accounts = json.get("tables").get("accounts");
        assertEquals("[\"id\",\"balance\"]", accounts.get("columns").toString());
        assertEquals("[[\"1\",\"1050\"]]", accounts.get("rows").toString());
    }
}
