// `convert`: an isolation spec written as a scenario file that loads as the same scenario, and an existing file kept.
package org.interleave.cli;

import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.SpecLoadTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @Test
    void theScenarioFileLoadsAsTheSameScenarioAsTheSpec(@TempDir Path dir) throws Exception {
        for (String name : List.of("doctors-write-skew", "queue-nowait", "queue-skip-locked", "signup-on-conflict", "three-session-chain")) {
            Path spec = SpecLoadTest.SPECS.resolve(name + ".spec");
            Path out = dir.resolve(name + ".yaml");
            CliTest.Result r = run("convert", spec.toString(), "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            LoadResult yaml = ScenarioLoader.load(out);
            assertEquals(List.of(), yaml.problems(), Files.readString(out));
            Scenario fromSpec = ScenarioLoader.load(spec).scenario();
            Scenario fromYaml = yaml.scenario();
            assertEquals(fromSpec.lanes().stream().map(l -> l.id() + " " + l.isolation() + " " + l.onError() + " " + l.steps().stream()
                    .map(s -> s.id() + ":" + s.sql().anyText()).toList()).toList(), fromYaml.lanes().stream().map(l -> l.id() + " " + l.isolation()
                            + " " + l.onError() + " " + l.steps().stream().map(s -> s.id() + ":" + s.sql().anyText()).toList()).toList(), name);
            assertEquals(fromSpec.scheduleNames(), fromYaml.scheduleNames());
            assertEquals(fromSpec.schedules().get(0).written(), fromYaml.schedules().get(0).written());
            assertTrue(Files.readString(out).startsWith("# Converted from the isolation spec " + name + ".spec"));
        }
    }

    @Test
    void anExistingFileIsKeptAndOnlySpecsAreConverted(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("mine.yaml"), "keep me");
        CliTest.Result kept = run("convert", SpecLoadTest.SPECS.resolve("queue-nowait.spec").toString(), "--out", out.toString());
        assertEquals(3, kept.exit());
        assertEquals("keep me", Files.readString(out));
        CliTest.Result notSpec = run("convert", "scenarios/credits-lost-update.yaml", "--out", dir.resolve("x.yaml").toString());
        assertEquals(1, notSpec.exit());
        assertTrue(notSpec.err().contains("is not an isolation spec (.spec)"), notSpec.err());
    }
}
