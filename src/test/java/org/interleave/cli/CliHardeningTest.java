// The command line never passes a file's escape sequences to the terminal, refuses huge explorations, and fails in one line.
package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interleave.scenario.ScenarioLoaderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliHardeningTest {
    private static final String ESC = "\u001b";

    @Test
    void escapeSequencesFromAFileNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        Path keyed = dir.resolve("keyed.yaml");
        Files.writeString(keyed, ScenarioLoaderTest.GOOD.replace("title: Tiny", "title: Tiny\n\"x\\e[2K\\rok\": 1"));
        CliTest.Result check = CliTest.run("check", keyed.toString());
        assertFalse(check.out().contains(ESC) || check.out().contains("\r"), check.out().replace(ESC, "<ESC>").replace("\r", "<CR>"));
        assertTrue(check.out().contains("\\x1b"), "the escape is shown, not obeyed: " + check.out());

        Path titled = dir.resolve("titled.yaml");
        Files.writeString(titled, ScenarioLoaderTest.GOOD.replace("title: Tiny", "title: \"Tiny\\e]0;pwned\\a\\e[2J\""));
        for (String command : new String[] {"run", "explore"}) {
            CliTest.Result r = CliTest.run(command, titled.toString());
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().contains(ESC) || r.out().contains("\u0007"), command + ": " + r.out());
        }
    }

    @Test
    void anExplorationAboveTheLimitIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("id: wide\ntitle: Wide\nsetup:\n  - CREATE TABLE t (id INT PRIMARY KEY, v INT)\n"
                + "  - INSERT INTO t VALUES (1, 0), (2, 0)\nlanes:\n");
        for (int lane = 1; lane <= 2; lane++) {
            yaml.append("  - id: T").append(lane).append("\n    steps:\n");
            for (int i = 0; i < 11; i++) yaml.append("      - UPDATE t SET v = v + 1 WHERE id = ").append(lane).append("\n");
            yaml.append("      - COMMIT\n");
        }
        Path wide = dir.resolve("wide.yaml");
        Files.writeString(wide, yaml.toString());
        long start = System.nanoTime();
        CliTest.Result r = CliTest.run("explore", wide.toString());
        assertEquals(Cli.NOT_LOADED, r.exit());
        assertTrue(r.err().contains("2,704,156 orders are more than the 50,000") && r.err().contains("--max-orders 2704156"), r.err());
        assertTrue((System.nanoTime() - start) / 1e9 < 20, "refused at once, nothing run");
        CliTest.Result small = CliTest.run("explore", wide.toString(), "--max-orders", "10");
        assertEquals(Cli.NOT_LOADED, small.exit());
    }

    @Test
    void aSetupThatFailsAtRunTimeIsOneLineForExploreToo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("setup.yaml");
        Files.writeString(broken, ScenarioLoaderTest.GOOD.replace("INSERT INTO t VALUES (1, 10)", "INSERT INTO missing VALUES (1, 10)"));
        for (String command : new String[] {"run", "explore"}) {
            CliTest.Result r = CliTest.run(command, broken.toString());
            assertEquals(Cli.NOT_LOADED, r.exit(), command);
            assertEquals(1, r.err().strip().lines().count(), command + ": " + r.err());
            assertTrue(r.err().contains("setup.yaml:6:5: setup statement 2 failed"), r.err());
        }
    }

    @Test
    void theTimeLimitCanBeSetAndIsChecked() {
        CliTest.Result r = CliTest.run("run", "credits-lost-update", "--time-limit", "0");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("at least 1 s"), r.err());
        assertEquals(0, CliTest.run("run", "credits-lost-update", "--time-limit", "5").exit());
    }

    @Test
    void checkFindsMisspeltTablesAndColumnsAtTheirLineOnEachEngine(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, ScenarioLoaderTest.GOOD.replace("UPDATE t SET v = v + 5 WHERE id = 1", "UPDATE tt SET v = v + 5 WHERE id = 1")
                .replace("sql: SELECT v FROM t WHERE id = 1\n    expect", "sql: SELECT vv FROM t WHERE id = 1\n    expect")
                .replace("sql: UPDATE t SET v = :v + 1 WHERE id = 1", "sql: \"insert ignore t values (1, 2)\""));
        for (String engine : new String[] {"h2", "postgresql"}) {
            CliTest.Result r = CliTest.run("check", typo.toString(), "--engine", engine);
            assertEquals(Cli.NOT_LOADED, r.exit(), r.out());
            assertTrue(r.out().contains("typo.yaml:18:9: step `s1` of lane T2 does not run on"), engine + ": " + r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.contains("check `value` does not run on")), engine + ": " + r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.contains("step `write` of lane T1 does not run on")), engine + ": " + r.out());
        }
    }
}
