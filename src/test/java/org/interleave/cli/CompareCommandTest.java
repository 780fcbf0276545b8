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
    void anEngineWithoutAServerIsListedAsNotAvailable() {
        CliTest.Result r = CliTest.run("compare", "credits-lost-update", "--engines", "h2,mariadb");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("MariaDB: not available: MariaDB needs a server"), r.out());
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
}
