// Says in a sentence why an export failed, naming the file: the folder is missing, writing is not allowed, the disk is full.
package org.interleave.ui.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

final class WriteProblem {
    private WriteProblem() {}

    /** "Could not write /x/a.png: the folder /x does not exist. Nothing was written." */
    static String sentence(Path file, Throwable problem) {
        return "Could not write " + file.toAbsolutePath() + ": " + reason(file, problem) + ". Nothing was written.";
    }

    static String reason(Path file, Throwable problem) {
        Path folder = file.toAbsolutePath().getParent();
        if (problem instanceof NoSuchFileException || problem instanceof NotDirectoryException) {
            return "the folder " + folder + " does not exist";
        }
        if (problem instanceof AccessDeniedException) return "permission denied (the folder or the file is read-only)";
        if (problem instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return lowerFirst(fs.getReason().strip());
        }
        if (problem instanceof IOException) return problem.getMessage() == null ? "the file system refused it" : problem.getMessage();
        return drawing(problem);
    }

    /** Why the picture or text could not be made, e.g. for the clipboard. */
    static String drawing(Throwable problem) {
        if (problem instanceof OutOfMemoryError) return "the picture is too big for the memory available; try a smaller scale or SVG";
        String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return "the diagram could not be drawn (" + message + ")";
    }

    /** "Read-only file system" reads "read-only file system" in the middle of a sentence; "ENOSPC" stays. */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
