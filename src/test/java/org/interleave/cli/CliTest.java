// The command line as a user types it: list, check and run, their output and exit codes.
package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Cli.commandLine(org.interleave.TestEngines.shared());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void listAsJsonNamesEveryScenarioWithLanesAndProtections() throws Exception {
        Result r = run("list", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        JsonNode credits = null;
        for (JsonNode n : list) if (n.path("id").asText().equals("credits-lost-update")) credits = n;
        assertTrue(credits != null, r.out());
        assertEquals("Shop credits", credits.get("title").asText());
        assertTrue(credits.get("source").asText().contains("000_b7fd4394ca8e4938.txt"));
        assertEquals("T1", credits.get("lanes").get(0).get("id").asText());
        assertEquals("ledger", credits.get("protections").get(0).get("id").asText());
        assertTrue(credits.get("protections").get(0).has("title"));
    }

    @Test
    void checkPrintsEachProblemWithFileLineAndColumnAndFails(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: b\ntitle: Broken\nlanes:\n  - id: T1\n    steps:\n      - SHUTDOWN\n      - COMMIT\n    colour: red\n");
        Result r = run("check", broken.toString());
        assertEquals(Cli.NOT_LOADED, r.exit());
        assertTrue(r.out().contains(broken + ":6:9: SQL refused"), r.out());
        assertTrue(r.out().contains(broken + ":8:5: unknown key `colour`"), r.out());
    }

    @Test
    void checkOfTheBuiltInFolderPasses() {
        Result r = run("check", "scenarios");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("credits-lost-update.yaml: ok"));
    }

    @Test
    void runPrintsATranscriptAndTheVerdictInBusinessWords() {
        Result r = run("run", "credits-lost-update");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("verdict: ANOMALY — shop balance is 1100, expected 1050: lost update"), r.out());
        assertTrue(r.out().contains("UPDATE accounts SET balance = :cur_balance + 100 WHERE id = 1   with :cur_balance = 1000"), r.out());
    }

    @Test
    void runShowsTheWaitWhenAProtectionLocks() {
        Result r = run("run", "credits-lost-update", "--protection", "for-update");
        assertTrue(r.out().contains("WAITS: waiting for T1's lock"), r.out());
        assertTrue(r.out().contains("played:     T1 T2 T1 T1 T2 T2"), r.out());
        assertTrue(r.out().contains("verdict: SAFE"), r.out());
    }

    @Test
    void runAsJsonHasTheDocumentedFields() throws Exception {
        Result r = run("run", "credits-lost-update", "--protection", "repeatable-read", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("credits-lost-update", json.get("scenario").asText());
        assertEquals("repeatable-read", json.get("protection").asText());
        assertEquals("h2", json.get("engine").asText());
        assertEquals("2.5.252", json.get("engineVersion").asText());
        assertTrue(json.get("engineName").asText().startsWith("H2 2.5.252"));
        assertEquals(6, json.get("schedule").size());
        JsonNode failed = null;
        for (JsonNode e : json.get("events")) {
            assertTrue(e.has("lane") && e.has("step") && e.has("sql") && e.has("status"));
            if (e.get("status").asText().equals("failed")) failed = e;
        }
        assertEquals("40001", failed.get("error").get("sqlState").asText());
        assertEquals("serialization", failed.get("error").get("kind").asText());
        assertEquals("aborted", json.get("lanes").get("T1").asText());
        assertEquals("committed", json.get("lanes").get("T2").asText());
        JsonNode check = json.get("checks").get(0);
        assertEquals("shop balance", check.get("name").asText());
        assertEquals("950", check.get("actual").asText());
        assertTrue(check.get("holds").asBoolean());
        assertEquals(false, json.get("anomaly").asBoolean());
    }

    @Test
    void runWithIsolationAndScheduleOptions() throws Exception {
        Result r = run("run", "credits-lost-update", "--isolation", "T1=SERIALIZABLE", "--isolation", "T2=serializable",
                "--schedule", "T1,T1,T1,T2,T2,T2", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("SERIALIZABLE", json.get("laneSettings").get(0).get("isolation").asText());
        assertEquals(false, json.get("anomaly").asBoolean(), "one after the other, nothing is lost");
    }

    @Test
    void badUsageAndUnknownScenariosFail() {
        assertNotEquals(0, run("run", "no-such-scenario").exit());
        assertNotEquals(0, run("run", "credits-lost-update", "--protection", "nope").exit());
        assertNotEquals(0, run("run", "credits-lost-update", "--schedule", "T9").exit());
        assertNotEquals(0, run("run", "credits-lost-update", "--isolation", "T1=SOMETIMES").exit());
    }

    @Test
    void exploreAsJsonCountsTheOrdersOfEachProtection() throws Exception {
        Result r = run("explore", "credits-lost-update", "--all", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("credits-lost-update", json.get("scenario").asText());
        JsonNode none = json.get("rows").get(0);
        assertEquals("none", none.get("protection").asText());
        for (String field : new String[] {"orders", "anomalies", "safe", "serializationFailures", "deadlocks", "notSerializable"}) {
            assertTrue(none.has(field), field);
        }
        assertTrue(none.get("anomalies").asInt() > 0);
        assertTrue(none.get("examples").has("anomaly"));
        JsonNode rr = json.get("rows").get(4);
        assertEquals("repeatable-read", rr.get("protection").asText());
        assertTrue(rr.get("serializationFailures").asInt() > 0, "the price of REPEATABLE READ shows");
        assertEquals(0, rr.get("anomalies").asInt());
    }

    @Test
    void checkGoesOnAfterAFileWithAHugeLiteralOrDeepNesting(@TempDir Path dir) throws Exception {
        String good = org.interleave.scenario.ScenarioLoaderTest.GOOD;
        Files.writeString(dir.resolve("a.yaml"), good);
        Files.writeString(dir.resolve("long-literal.yaml"), good.replace("INSERT INTO t VALUES (1, 10)",
                "INSERT INTO t VALUES (1, LENGTH('" + "x".repeat(1500) + "'))"));
        Files.writeString(dir.resolve("nested.yaml"), good.replace("SELECT v FROM t WHERE id = 1",
                "SELECT " + "(".repeat(2000) + "v" + ")".repeat(2000) + " FROM t WHERE id = 1"));
        Files.writeString(dir.resolve("b.yaml"), good.replace("id: tiny", "id: tiny-b"));
        Result r = run("check", dir.resolve("a.yaml").toString(), dir.resolve("long-literal.yaml").toString(),
                dir.resolve("nested.yaml").toString(), dir.resolve("b.yaml").toString());
        assertTrue(r.out().contains("long-literal.yaml: ok"), r.out() + r.err());
        assertTrue(r.out().contains("nested.yaml:") && r.out().contains("too complex"), r.out());
        assertTrue(r.out().contains("b.yaml: ok (tiny-b)"), "the file after the hostile ones is still checked: " + r.out());
        assertEquals(Cli.NOT_LOADED, r.exit());
    }
}
