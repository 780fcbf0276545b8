// The embedded server stops with its engine and leaves no data behind, even after kill -9; a course's own server gets its databases dropped.
package org.interleave.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunRecord;
import org.interleave.engine.ServerAddress;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerLifecycleTest {
    private static RunRecord credits(DatabaseEngine engine) throws Exception {
        return RunRecord.execute(PlanBuilder.unprotected(ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow()), engine, null);
    }

    private static List<String> entries(Path home) throws Exception {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static boolean ends(long pid) throws Exception {
        var p = ProcessHandle.of(pid);
        if (p.isEmpty()) return true;
        p.get().onExit().get(15, TimeUnit.SECONDS);
        return !p.get().isAlive();
    }

    @Test
    void closingTheEngineStopsTheServerAndDeletesItsData(@TempDir Path home) throws Exception {
        EmbeddedServer server = new EmbeddedServer(home);
        PostgresEngine engine = new PostgresEngine(server);
        assertEquals(Outcome.ANOMALY, credits(engine).verdict().outcome());
        long postmaster = server.postmasterPid();
        assertTrue(postmaster > 0 && ProcessHandle.of(postmaster).isPresent(), "the server runs");
        engine.close();
        assertTrue(ends(postmaster), "the postmaster is gone");
        assertEquals(List.of(), entries(home), "no data directory, password file or log is left");
    }

    @Test
    void aServerLeftByAKilledProcessIsStoppedByTheNextStart(@TempDir Path home) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OrphanMaker.class.getName(), home.toString()).redirectErrorStream(true).start();
        long orphan;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("postmaster "));
            assertTrue(line != null, "the child started a server");
            orphan = Long.parseLong(line.substring("postmaster ".length()).strip());
        }
        child.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "kill -9 leaves the postmaster running");
        EmbeddedServer next = new EmbeddedServer(home);
        try {
            next.ensureStarted();
            assertTrue(ends(orphan), "the next start stopped the orphan");
            assertEquals(1, entries(home).stream().filter(n -> n.startsWith("data-") && !n.endsWith(".log")).count(),
                    "only the new server's data directory is there: " + entries(home));
        } finally {
            next.close();
        }
        assertEquals(List.of(), entries(home));
    }

    /** The shared embedded server stands in for a course's server: a teacher account with CREATEDB and CREATEROLE. */
    @Test
    void onACoursesOwnServerInterleaveDropsWhatItMade() throws Exception {
        PostgresEngine shared = (PostgresEngine) TestEngines.postgres();
        shared.server().ensureStarted();
        String teacher = "teacher_" + EmbeddedServer.secret().substring(0, 6);
        String port;
        try (Connection c = shared.server().admin("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + teacher + " LOGIN PASSWORD 'course-pw' CREATEDB CREATEROLE");
            s.execute("CREATE ROLE " + teacher + "_student LOGIN PASSWORD 'pw'");
            try (ResultSet rs = s.executeQuery("SHOW port")) {
                rs.next();
                port = rs.getString(1);
            }
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        PostgresEngineFactory factory = new PostgresEngineFactory();
        IllegalArgumentException noRights = assertThrows(IllegalArgumentException.class,
                () -> factory.server(new ServerAddress(url, teacher + "_student", "pw")));
        assertTrue(noRights.getMessage().contains("needs CREATEDB and CREATEROLE"), noRights.getMessage());
        DatabaseEngine course = factory.server(new ServerAddress(url, teacher, "course-pw"));
        assertTrue(course.info().displayName().startsWith("PostgreSQL 17.6 at localhost:" + port), course.info().displayName());
        assertEquals(Outcome.ANOMALY, credits(course).verdict().outcome());
        assertTrue(madeBy(shared, teacher) > 0, "a run database of the teacher exists while the engine is open");
        course.close();
        assertEquals(0, madeBy(shared, teacher), "its databases and roles are dropped when the engine closes");
        try (Connection c = shared.server().admin("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE " + teacher + "_student");
            s.execute("DROP ROLE " + teacher);
        }
    }

    private static int madeBy(PostgresEngine shared, String owner) throws SQLException {
        try (Connection c = shared.server().admin("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = '"
                     + owner + "') + (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                     + " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = '" + owner + "' AND g.rolname LIKE 'interleave_%')")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
