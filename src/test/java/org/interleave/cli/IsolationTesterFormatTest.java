// `run SPEC --format isolationtester` prints each permutation as PostgreSQL's isolationtester does; the expected
// output files next to the project's specs hold what the embedded PostgreSQL answered, and every run must match them.
package org.interleave.cli;

import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.scenario.SpecLoadTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class IsolationTesterFormatTest {
    @TestFactory
    List<DynamicTest> everyPermutationPrintsItsExpectedOutputLineByLine() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SpecLoadTest.SPECS.resolve("expected"))) {
            for (Path expected : files.sorted().toList()) {
                String name = expected.getFileName().toString(); // SPEC.permutation-N.out
                String spec = name.substring(0, name.indexOf(".permutation-"));
                String permutation = name.substring(name.indexOf(".permutation-") + 1, name.length() - ".out".length());
                tests.add(DynamicTest.dynamicTest(spec + " " + permutation, () -> {
                    CliTest.Result r = run("run", SpecLoadTest.SPECS.resolve(spec + ".spec").toString(), "--engine", "postgresql",
                            "--schedule-name", permutation, "--format", "isolationtester");
                    assertEquals(0, r.exit(), r.err());
                    assertEquals(Files.readAllLines(expected), r.out().lines().toList());
                }));
            }
        }
        return tests;
    }

    @org.junit.jupiter.api.Test
    void aPermutationWrittenOnTheCommandLineWithTheSpecsStepNamesRunsLikeTheSpecsOwn() throws Exception {
        String spec = SpecLoadTest.SPECS.resolve("doctors-write-skew.spec").toString();
        CliTest.Result r = run("run", spec, "--engine", "postgresql", "--schedule", "a_check,b_check,a_leave,b_leave,a_commit,b_commit",
                "--format", "isolationtester");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readAllLines(SpecLoadTest.SPECS.resolve("expected/doctors-write-skew.permutation-1.out")), r.out().lines().toList(),
                "every session's setup (its BEGIN ISOLATION LEVEL SERIALIZABLE) runs first, as in a permutation");
        CliTest.Result typo = run("run", spec, "--schedule", "a_chek,b_check");
        assertEquals(2, typo.exit());
        assertEquals("the schedule names `a_chek`, which is no lane and no lane's step (did you mean `a_check`?); lanes are alice, bob",
                typo.err().lines().findFirst().orElseThrow());
    }
}
