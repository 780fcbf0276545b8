// Tests that an export is written completely or not at all, and never replaces an existing file unasked.
package org.interleave.diagram.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path folder;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("diagram.svg");
        byte[] content = "<svg/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(target, content, false);
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of("diagram.svg"), files());
    }

    @Test
    void aFailureHalfwayLeavesNoFileAtAll() throws Exception {
        Path target = folder.resolve("diagram.png");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("disk full");
        }, false));
        assertEquals(List.of(), files(), "neither a partial diagram.png nor a temporary file");
    }

    @Test
    void aFailureWhileOverwritingKeepsTheOldFileIntact() throws Exception {
        Path target = folder.resolve("handout.md");
        Files.writeString(target, "old handout");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("new han".getBytes(StandardCharsets.UTF_8));
            throw new IOException("interrupted");
        }, true));
        assertEquals("old handout", Files.readString(target));
        assertEquals(List.of("handout.md"), files());
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
        Path target = folder.resolve("diagram.mmd");
        Files.writeString(target, "keep me");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFileWriter.write(target, "new".getBytes(StandardCharsets.UTF_8), false));
        assertEquals("keep me", Files.readString(target));
        assertEquals(List.of("diagram.mmd"), files());
        AtomicFileWriter.write(target, "new".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aMissingFolderIsReported() {
        assertThrows(NoSuchFileException.class, () -> AtomicFileWriter.write(folder.resolve("no/such/diagram.png"), new byte[1], false));
    }

    @Test
    void theFileGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
        Path target = folder.resolve("diagram.puml");
        AtomicFileWriter.write(target, new byte[1], false);
        Path ordinary = Files.createFile(folder.resolve("ordinary"));
        try {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException notPosix) {
            assertFalse(Files.notExists(target));
        }
    }
}
