// Every hostile file of src/test/resources/hostile is refused at load, fails check, or runs safely and bounded on each engine.
package org.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.export.DiagramExporter;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunLimits;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.SchemaCheck;
import org.interleave.engine.StepStatus;
import org.interleave.engine.explore.Explorer;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Problem;
import org.interleave.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class HostileFilesTest {
    private static final Duration BOUNDED = Duration.ofSeconds(60);
    private static final String CANARY_TEXT = "canary: nothing may read, write or run beside this file";
    private static Path canaryFolder;
    private static Path canary;
    private static FileTime canaryTime;

    @BeforeAll
    static void layTheCanary() throws IOException {
        canaryFolder = Files.createTempDirectory("interleave-canary");
        canary = canaryFolder.resolve("canary.txt");
        Files.writeString(canary, CANARY_TEXT);
        canaryTime = Files.getLastModifiedTime(canary);
    }

    @AfterAll
    static void theCanaryIsUntouched() throws IOException {
        assertEquals(CANARY_TEXT, Files.readString(canary));
        assertEquals(canaryTime, Files.getLastModifiedTime(canary));
        try (Stream<Path> beside = Files.list(canaryFolder)) {
            assertEquals(List.of(canary), beside.toList(), "no file was made beside the canary");
        }
        Files.delete(canary);
        Files.delete(canaryFolder);
    }

    private static List<Path> hostileFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileFilesTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> everyHostileFileIsRefusedOrRunsSafely() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : hostileFiles()) tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> judge(file)));
        return tests;
    }

    private static void judge(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] expect = text.lines().findFirst().orElseThrow().substring("# expect: ".length()).split("\\|", 2);
        String kind = expect[0].strip();
        String words = expect.length > 1 ? expect[1].strip() : "";
        String name = file.getFileName().toString();
        LoadResult loaded = assertTimeoutPreemptively(BOUNDED, () -> ScenarioLoader.parse(name, text.replace("${CANARY}", canary.toString())));
        for (Problem p : loaded.problems()) {
            assertTrue(p.toString().matches("\\Q" + name + "\\E:\\d+:\\d+: .+") && p.toString().lines().count() == 1, p.toString());
        }
        if (kind.equals("refused")) {
            assertFalse(loaded.ok(), name + " must not load");
            assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains(words)), name + ": " + loaded.problems());
            return;
        }
        assertTrue(loaded.ok(), name + " should load: " + loaded.problems());
        if (kind.equals("check-fails")) {
            List<Problem> problems = new SchemaCheck(TestEngines.h2()).problems(loaded.scenario());
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(words)), name + ": " + problems);
            return;
        }
        if (kind.equals("too-many-orders")) {
            assertThrows(Explorer.TooManyOrders.class, () -> Explorer.defaults(TestEngines.h2()).explore(PlanBuilder.unprotected(loaded.scenario())));
            return;
        }
        for (DatabaseEngine engine : List.of(TestEngines.h2(), TestEngines.postgres())) {
            DatabaseEngine limited = engine.withLimits(new RunLimits(2000));
            String where = name + " on " + engine.info().id().key();
            if (kind.equals("setup-fails")) {
                RunSetupException e = assertThrows(RunSetupException.class, () -> assertTimeoutPreemptively(BOUNDED,
                        () -> RunRecord.execute(PlanBuilder.unprotected(loaded.scenario()), limited, null)), where);
                assertTrue(e.getMessage().contains(words), where + ": " + e.getMessage());
                continue;
            }
            RunRecord r = assertTimeoutPreemptively(BOUNDED, () -> RunRecord.execute(PlanBuilder.unprotected(loaded.scenario()), limited, null), where);
            assertNotNull(r.verdict(), where + " ends with a verdict");
            if (kind.equals("stopped")) {
                RunEvent failed = r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": nothing was stopped: " + r.events()));
                assertTrue(failed.detail().contains(words) || failed.error().kind() == ErrorKind.RESOURCE_LIMIT || words.isEmpty(),
                        where + ": " + failed.detail());
            }
            String markdown = new String(DiagramExporter.export(DiagramInput.of(r), ExportFormat.MARKDOWN, 1, List.of()), StandardCharsets.UTF_8);
            String prose = markdown.replaceAll("(?s)```.*?```", ""); // a fenced block is shown as text, never fetched
            assertFalse(prose.contains("!["), where + ": the handout holds no image of the file's: " + prose);
        }
    }
}
