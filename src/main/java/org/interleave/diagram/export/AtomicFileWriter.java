// Writes a file completely or not at all: into a temporary file in the same folder, then one atomic move.
package org.interleave.diagram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Readers never see a half-written file: the content goes to a hidden temporary file beside the target, is forced to
 * disk, and is then moved over the target in one step. If anything fails, the temporary file is removed and the
 * target is as it was. Without {@code overwrite} an existing target is never replaced, even if it appears meanwhile.
 */
public final class AtomicFileWriter {
    /** Produces the content; may throw, in which case nothing is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {}

    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        write(target, out -> out.write(bytes), overwrite);
    }

    /**
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     * @throws NoSuchFileException        when the target's folder does not exist
     */
    public static void write(Path target, Content content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        if (!overwrite && Files.exists(absolute)) throw new FileAlreadyExistsException(absolute.toString());
        Path temp = null;
        try {
            FileChannel channel = null;
            while (channel == null) {
                temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
                try {
                    // not Files.createTempFile: its owner-only permissions would stick to the exported file
                    channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException taken) {
                    temp = null;
                }
            }
            try (OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } finally {
                channel.close();
            }
            if (overwrite) {
                keepPermissions(absolute, temp);
                replace(temp, absolute);
            } else {
                publishNew(temp, absolute);
            }
        } finally {
            if (temp != null) Files.deleteIfExists(temp);
        }
    }

    /** An overwritten file keeps its permissions. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)) Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the default permissions
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hard link fails if the target exists, so a file that appeared meanwhile is not replaced. */
    private static void publishNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | SecurityException e) {
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
            Files.move(temp, target);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
            Files.move(temp, target);
        }
    }
}
