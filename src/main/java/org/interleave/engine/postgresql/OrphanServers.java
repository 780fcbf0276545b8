// Stops embedded servers left behind by an Interleave process that was killed, and deletes their data directories.
package org.interleave.engine.postgresql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

final class OrphanServers {
    private OrphanServers() {}

    /**
     * For every {@code data-PID-*} folder in {@code home} whose Interleave process is gone: stops its postmaster (zonky
     * leaves it running after kill -9) and deletes the folder. Folders of running processes are left alone.
     */
    static void stopAll(Path home) throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(home)) {
            entries = children.filter(p -> p.getFileName().toString().startsWith("data-")).toList();
        }
        for (Path entry : entries) {
            long owner = ownerPid(entry);
            if (owner == ProcessHandle.current().pid() || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) continue;
            if (Files.isDirectory(entry)) {
                stopPostmaster(entry);
                deleteTree(entry);
            } else {
                Files.deleteIfExists(entry); // its password file or log
            }
        }
    }

    /** The process that made {@code data-PID-RANDOM} (or its .pw or .log file). */
    private static long ownerPid(Path entry) {
        String[] parts = entry.getFileName().toString().split("-");
        try {
            return parts.length > 2 ? Long.parseLong(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The pid in the data directory's postmaster.pid, while the server runs. */
    static Optional<Long> postmasterPid(Path data) {
        return readPid(data);
    }

    private static Optional<Long> readPid(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) return Optional.empty();
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void stopPostmaster(Path data) {
        Optional<ProcessHandle> postmaster = readPid(data).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isEmpty()) return;
        ProcessHandle p = postmaster.get();
        p.destroy(); // SIGTERM: a smart shutdown, quick since its clients died with their process
        try {
            p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notYet) {
            p.destroyForcibly();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
