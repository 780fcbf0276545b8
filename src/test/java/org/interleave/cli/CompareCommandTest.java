// `compare` as a user types it: the rows where the engines differ are marked, unavailable engines say why, JSON and Markdown hold the same.
package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    @Test
    void theTextMarksTheRowsWhereTheEnginesDiffer() {
        CliTest.Result r = CliTest.run("compare", "doctors-write-skew", "--protection", "serializable", "--engines", "h2,postgresql");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("≠ 6 T2 commit") && l.contains("committed") && l.contains("fails 40001")), r.out());
        assertTrue(r.out().contains("The engines differ"), r.out());
    }

    @Test
    void anUnknownEngineInEnginesIsRefusedBeforeAnythingRunsInEachCommand() {
        for (String command : new String[] {"compare", "explore"}) {
            CliTest.Result r = CliTest.run(command, "credits-lost-update", "--engines", "h2,oracle");
            assertTrue(r.exit() != 0, command + ": " + r.out());
            assertTrue(r.err().contains("unknown engine `oracle` in --engines; use one of"), command + ": " + r.err());
            assertTrue(r.out().isEmpty(), command + " ran nothing before refusing: " + r.out());
        }
    }

    @Test
    void anEngineWithoutAServerIsListedAsNotAvailable() {
        try (org.interleave.engine.Engines noServer = org.interleave.Launcher.engines()) {
            picocli.CommandLine cl = Cli.commandLine(noServer);
            java.io.StringWriter out = new java.io.StringWriter();
            cl.setOut(new java.io.PrintWriter(out, true));
            assertEquals(0, cl.execute("compare", "credits-lost-update", "--engines", "h2,mariadb"));
            assertTrue(out.toString().contains("MariaDB: not available: MariaDB needs a server"), out.toString());
        }
    }

    @Test
    void jsonAndMarkdownCarryTheSameComparison() throws Exception {
        CliTest.Result json = CliTest.run("compare", "credits-lost-update", "--protection", "repeatable-read", "--engines", "h2,postgresql",
                "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("h2", root.get("engines").get(0).get("engine").asText());
        assertEquals("aborted", root.get("engines").get(1).get("outcome").asText());
        assertEquals("failed", root.get("rows").get(4).get("outcomes").get("postgresql").get("kind").asText());
        assertEquals(false, root.get("enginesDiffer").asBoolean(), "H2 and PostgreSQL agree here");
        CliTest.Result md = CliTest.run("compare", "credits-lost-update", "--protection", "repeatable-read", "--engines", "h2,postgresql",
                "--format", "md");
        assertTrue(md.out().contains("## The same schedule on every engine") && md.out().contains("| 5. T1 write |"), md.out());
    }

    @Test
    void exploreOnSeveralEnginesTellsWhichOrdersEndDifferently() {
        CliTest.Result r = CliTest.run("explore", "doctors-write-skew", "--protection", "serializable", "--engines", "h2,postgresql,mariadb");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Where the engines differ:"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("SERIALIZABLE for both: anomaly 18 on h2, 0 on postgresql")
                && l.contains("is anomaly on h2, not on postgresql")), r.out());
        assertTrue(r.out().contains("MariaDB") , "MariaDB is explored or said to be unavailable: " + r.out());
    }

    @Test
    void theHandoutCanHoldTheSameScheduleOnEveryEngine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path md = dir.resolve("handout.md");
        CliTest.Result r = CliTest.run("export", "credits-lost-update", "--protection", "repeatable-read", "--engines", "h2,postgresql",
                "--out", md.toString());
        assertEquals(0, r.exit(), r.err());
        String text = java.nio.file.Files.readString(md);
        assertTrue(text.contains("## With and without the protection") && text.contains("## The same schedule on every engine")
                && text.contains("| PostgreSQL 17.6 (embedded) |"), text);
    }
}
