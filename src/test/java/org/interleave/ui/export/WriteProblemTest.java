// A failed export is told in a sentence that names the file and says why, in words a teacher understands.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WriteProblemTest {
    private static final Path FILE = Path.of("/media/stick/credits-lost-update-none.png");

    @Test
    void aMissingFolder() {
        assertEquals("Could not write /media/stick/credits-lost-update-none.png: the folder /media/stick does not exist. Nothing was written.",
                WriteProblem.sentence(FILE, new NoSuchFileException("/media/stick")));
    }

    @Test
    void aReadOnlyDiskOrFolder() {
        assertEquals("read-only file system", WriteProblem.reason(FILE, new FileSystemException(FILE.toString(), null, "Read-only file system")));
        assertEquals("permission denied (the folder or the file is read-only)", WriteProblem.reason(FILE, new AccessDeniedException(FILE.toString())));
    }

    @Test
    void aPictureTooBig() {
        assertEquals("the picture is too big for the memory available; try a smaller scale or SVG", WriteProblem.reason(FILE, new OutOfMemoryError()));
    }
}
