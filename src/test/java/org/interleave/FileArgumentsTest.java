// `interleave FILE` opens the window on that file; a subcommand still runs; a file that cannot be opened is named with why.
package org.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArgumentsTest {
    private static final Set<String> COMMANDS = Set.of("run", "check", "list");

    @Test
    void aScenarioFileOrFolderOpensTheWindowAndASubcommandDoesNot(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("my-scenario.yaml"), "id: x\n");
        assertTrue(FileArguments.areFiles(new String[] {file.toString()}, COMMANDS));
        assertTrue(FileArguments.areFiles(new String[] {dir.toString()}, COMMANDS), "a folder of scenarios too");
        assertTrue(FileArguments.areFiles(new String[] {"missing.yaml"}, COMMANDS), "a missing .yaml is refused by name, not as a command");
        assertFalse(FileArguments.areFiles(new String[] {"run", file.toString()}, COMMANDS));
        assertFalse(FileArguments.areFiles(new String[] {file.toString(), "--engine", "h2"}, COMMANDS));
        assertFalse(FileArguments.areFiles(new String[] {"--version"}, COMMANDS));
        assertFalse(FileArguments.areFiles(new String[] {"nonsense"}, COMMANDS), "an unknown word is left to the command line's own error");
        assertNull(FileArguments.refusal(FileArguments.paths(new String[] {file.toString(), dir.toString()})));
    }

    @Test
    void aFileThatCannotBeOpenedIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("two-ids.spec"), "setup { }\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "");
        String missing = FileArguments.refusal(List.of(dir.resolve("gone.yaml")));
        assertEquals("interleave: cannot open " + dir.resolve("gone.yaml") + ": there is no such file", missing);
        assertNull(FileArguments.refusal(List.of(spec)), "an isolation spec opens like a scenario file (its problems are then shown in the library)");
        assertTrue(FileArguments.refusal(List.of(text)).contains("opens scenario files (.yaml or .yml), PostgreSQL isolation specs (.spec)"));
    }
}
