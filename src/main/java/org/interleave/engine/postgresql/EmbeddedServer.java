// The PostgreSQL 17 server Interleave brings: started on first use, loopback only, password-protected, gone at exit.
package org.interleave.engine.postgresql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

final class EmbeddedServer implements PostgresServer {
    /** The version pinned by the binaries BOM in the pom; a test checks that the server reports it. */
    static final String VERSION = "17.6";
    /** Low, so that a deadlock resolves while the class watches; waits are held twice this long (see the engine). */
    static final long DEADLOCK_TIMEOUT_MILLIS = 50;
    private static final String SUPERUSER = "postgres";

    private final Path home;
    private EmbeddedPostgres server;
    private String password;
    private Path log;
    private Path data;
    private boolean closed;

    /** @param home the folder for data directories and logs: {@code ${java.io.tmpdir}/interleave-postgres} */
    EmbeddedServer(Path home) {
        this.home = home;
    }

    static EmbeddedServer inTempFolder() {
        return new EmbeddedServer(Path.of(System.getProperty("java.io.tmpdir"), "interleave-postgres"));
    }

    @Override
    public synchronized void ensureStarted() throws SQLException {
        if (closed) throw new SQLException("the embedded PostgreSQL server was stopped");
        if (server != null) return;
        try {
            Files.createDirectories(home);
            OrphanServers.stopAll(home);
            server = start();
        } catch (IOException | RuntimeException e) {
            throw new SQLException("the embedded PostgreSQL server did not start: " + e.getMessage() + lastLogLines(), e);
        }
    }

    private EmbeddedPostgres start() throws IOException {
        password = secret();
        String run = "data-" + ProcessHandle.current().pid() + "-" + secret().substring(0, 8);
        data = home.resolve(run);
        Path passwordFile = home.resolve(run + ".pw");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        restrict(passwordFile);
        log = home.resolve(run + ".log");
        File logFile = log.toFile();
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    // initdb: the superuser gets a random password, and every login needs SCRAM (zonky's default is trust)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("deadlock_timeout", DEADLOCK_TIMEOUT_MILLIS + "ms")
                    .setServerConfig("temp_file_limit", "'256MB'")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("log_min_messages", "warning")
                    .setDataDirectoryCustomizer(dir -> onlyPasswordLoginsOnLoopback(dir.toPath()))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** pg_hba.conf with TCP on loopback and SCRAM only: no socket, no trust, no other host. */
    private static void onlyPasswordLoginsOnLoopback(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), String.join("\n", List.of(
                    "# written by Interleave: loopback TCP only, every login with a password",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", "")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write pg_hba.conf: " + e.getMessage(), e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the file sits in the user's own temp folder and lives for the seconds initdb needs it
        }
    }

    private String lastLogLines() {
        try {
            if (log == null) return "";
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 5), lines.size());
            return last.isEmpty() ? "" : "; the server's log ends: " + String.join(" | ", last);
        } catch (IOException e) {
            return "";
        }
    }

    static String secret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private synchronized String url(String database) throws SQLException {
        ensureStarted();
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    @Override
    public Connection admin(String database) throws SQLException {
        String url = url(database);
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        p.setProperty("password", passwordOrEmpty());
        p.setProperty("ApplicationName", "interleave-watcher");
        return DriverManager.getConnection(url, p);
    }

    private synchronized String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    @Override
    public Connection connect(String database, String role, String rolePassword) throws SQLException {
        return PostgresConnections.lane(url(database), role, rolePassword);
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String displayName() {
        return "PostgreSQL " + VERSION + " (embedded)";
    }

    @Override
    public long deadlockTimeoutMillis() {
        return DEADLOCK_TIMEOUT_MILLIS;
    }

    @Override
    public boolean embedded() {
        return true;
    }

    synchronized boolean running() {
        return server != null && !closed;
    }

    /** The postmaster's process id, for tests that check it is gone after closing; -1 when not running. */
    synchronized long postmasterPid() {
        return server == null ? -1 : OrphanServers.postmasterPid(data).orElse(-1L);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server == null) return;
        try {
            server.close();
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // zonky logs its own trouble; the next start stops an orphan and deletes what is left
        }
        server = null;
    }
}
