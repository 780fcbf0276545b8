// PostgreSQL's own codes and guarantees, on the embedded server: SQLSTATEs, named holders, levels, generated keys, privileges.
package org.interleave.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.interleave.TestEngines;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Pos;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLoader;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;
import org.junit.jupiter.api.Test;

class PostgresEngineTest {
    private final PostgresEngine pg = (PostgresEngine) TestEngines.postgres();

    static RunPlan plan(String yaml) {
        LoadResult result = ScenarioLoader.parse("test.yaml", yaml);
        assertEquals(List.of(), result.problems());
        return PlanBuilder.unprotected(result.scenario());
    }

    private static RunEvent failed(RunRecord r) {
        return r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow(() -> new AssertionError(r.events()));
    }

    private Connection superuser() throws SQLException {
        pg.server().ensureStarted();
        return pg.server().admin(pg.server().maintenanceDatabase());
    }

    @Test
    void theEmbeddedServerIsTheVersionTheBomPins() throws Exception {
        try (Connection c = superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            assertEquals(EmbeddedServer.VERSION, rs.getString(1).split(" ")[0]);
        }
        assertEquals("PostgreSQL " + EmbeddedServer.VERSION + " (embedded)", pg.info().displayName());
    }

    @Test
    void theEmbeddedServerTakesOnlyPasswordLoginsOverLoopbackAndHasNoSocket() throws Exception {
        try (Connection c = superuser(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('unix_socket_directories'), current_setting('listen_addresses'),"
                     + " current_setting('deadlock_timeout'), current_setting('temp_file_limit'),"
                     + " (SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256')")) {
            rs.next();
            assertEquals("", rs.getString(1), "no Unix socket");
            assertEquals("localhost", rs.getString(2));
            assertEquals("50ms", rs.getString(3));
            assertEquals("256MB", rs.getString(4));
            assertEquals(0, rs.getInt(5), "every pg_hba rule asks for a SCRAM password");
        }
        String url = "jdbc:postgresql://localhost:" + port() + "/postgres";
        SQLException refused = assertThrows(SQLException.class, () -> java.sql.DriverManager.getConnection(url, "postgres", ""));
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
    }

    private int port() throws Exception {
        try (Connection c = superuser(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW port")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aLaneRoleHoldsNoPrivilegeBeyondItsSchema() throws Exception {
        try (RunDatabase db = pg.create()) {
            Connection lane = db.connectAsScenarioUser();
            try (Statement s = lane.createStatement()) {
                for (String sql : List.of("COPY (SELECT 1) TO PROGRAM 'id'", "SELECT pg_read_file('/etc/passwd')", "CREATE DATABASE x",
                        "CREATE ROLE x", "ALTER SYSTEM SET work_mem = '1GB'", "SET deadlock_timeout = '1s'", "SHOW data_directory",
                        "CREATE EXTENSION dblink", "SELECT lo_import('/etc/passwd')")) {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                    assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
                }
                try (ResultSet rs = s.executeQuery("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                    rs.next();
                    assertFalse(rs.getBoolean(1));
                }
            } finally {
                db.release(lane);
            }
        }
    }

    @Test
    void theErrorsOfARealServerAreClassifiedBySqlState() throws Exception {
        try (RunDatabase db = pg.create()) {
            Connection c = db.connectAsScenarioUser();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE p (id INT PRIMARY KEY, n INT CHECK (n >= 0)); CREATE TABLE ch (p INT REFERENCES p (id))");
                s.execute("INSERT INTO p VALUES (1, 1)");
                assertEquals(ErrorKind.UNIQUE_VIOLATION, kindOf(s, "INSERT INTO p VALUES (1, 1)"));
                assertEquals(ErrorKind.CHECK_VIOLATION, kindOf(s, "INSERT INTO p VALUES (2, -1)"));
                assertEquals(ErrorKind.FOREIGN_KEY_VIOLATION, kindOf(s, "INSERT INTO ch VALUES (9)"));
                assertEquals(ErrorKind.NOT_NULL_VIOLATION, kindOf(s, "INSERT INTO p VALUES (NULL, 1)"));
                assertEquals(ErrorKind.SYNTAX, kindOf(s, "SELECT nothing FROM nowhere"));
                c.setAutoCommit(false);
                s.execute("INSERT INTO p VALUES (5, 5)");
                assertEquals(ErrorKind.UNIQUE_VIOLATION, kindOf(s, "INSERT INTO p VALUES (1, 1)"));
                SQLException aborted = assertThrows(SQLException.class, () -> s.execute("SELECT 1"));
                assertEquals("25P02", aborted.getSQLState());
                assertEquals(ErrorKind.TRANSACTION_ABORTED, pg.classify(aborted));
                assertEquals("current transaction is aborted, commands ignored until end of transaction block", pg.shortMessage(aborted));
                c.commit(); // returns normally, but PostgreSQL rolled the transaction back
                c.setAutoCommit(true);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM p")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "COMMIT after an error is a rollback");
                }
                c.setAutoCommit(false);
                s.execute("SET LOCAL statement_timeout = '20ms'");
                assertEquals(ErrorKind.CANCELLED, kindOf(s, "SELECT pg_sleep(1)"));
                c.rollback();
            } finally {
                db.release(c);
            }
        }
    }

    private ErrorKind kindOf(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        return pg.classify(e);
    }

    @Test
    void aDeadlockIs40P01AndNamesHowPostgresqlChoseTheVictim() throws Exception {
        RunRecord r = RunRecord.execute(org.interleave.engine.RunTestAccess.twoRows(), pg, null);
        RunEvent victim = failed(r);
        assertEquals("40P01", victim.error().sqlState());
        assertEquals("deadlock detected", victim.error().shortMessage());
        assertTrue(victim.detail().contains("deadlock_timeout (50 ms)") && victim.detail().contains("closed the cycle"), victim.detail());
    }

    @Test
    void aDuplicateKeyWaitNamesTheLaneHoldingIt() throws Exception {
        RunRecord r = RunRecord.execute(plan("""
                id: dup
                title: Duplicate key
                setup:
                  - CREATE TABLE users (email VARCHAR(40) PRIMARY KEY)
                lanes:
                  - id: T1
                    steps: [ "INSERT INTO users VALUES ('a@b.c')", COMMIT ]
                  - id: T2
                    steps: [ "INSERT INTO users VALUES ('a@b.c')", COMMIT ]
                schedule: [T1, T2, T1, T2]
                """), pg, null);
        RunEvent waiting = r.events().stream().filter(e -> e.status() == StepStatus.WAITING).findFirst().orElseThrow();
        assertEquals(List.of("T1"), waiting.waitingFor(), "PostgreSQL names the holder of a duplicate key");
        assertEquals("23505", failed(r).error().sqlState());
        assertTrue(failed(r).afterWait());
    }

    @Test
    void nowaitFailsAtOnceWithLockNotAvailable() throws Exception {
        RunRecord r = RunRecord.execute(plan("""
                id: nowait
                title: NOWAIT
                setup:
                  - CREATE TABLE acc (id INT PRIMARY KEY, v INT)
                  - INSERT INTO acc VALUES (1, 0)
                lanes:
                  - id: T1
                    steps: [ "SELECT v FROM acc WHERE id = 1 FOR UPDATE", COMMIT ]
                  - id: T2
                    steps: [ "SELECT v FROM acc WHERE id = 1 FOR UPDATE NOWAIT", COMMIT ]
                schedule: [T1, T2, T1, T2]
                """), pg, null);
        assertEquals("55P03", failed(r).error().sqlState());
        assertEquals(ErrorKind.LOCK_NOT_AVAILABLE, failed(r).error().kind());
        assertFalse(failed(r).afterWait(), "NOWAIT does not wait");
    }

    @Test
    void readUncommittedRunsAsReadCommittedAndShowsNoDirtyRead() throws Exception {
        assertEquals(Isolation.READ_COMMITTED, pg.isolation(Isolation.READ_UNCOMMITTED).runsAs());
        RunRecord r = RunRecord.execute(plan("""
                id: dirty
                title: Dirty read
                setup:
                  - CREATE TABLE acc (id INT PRIMARY KEY, v INT)
                  - INSERT INTO acc VALUES (1, 0)
                lanes:
                  - id: T1
                    steps: [ "UPDATE acc SET v = 99 WHERE id = 1", ROLLBACK ]
                  - id: T2
                    isolation: READ UNCOMMITTED
                    steps: [ "SELECT v FROM acc WHERE id = 1", COMMIT ]
                schedule: [T1, T2, T1, T2]
                """), pg, null);
        assertEquals(List.of(List.of("0")), r.events().get(1).rows().rows(), "no uncommitted change is ever read");
    }

    @Test
    void serialAndIdentityValuesAreLeftOutOfTheComparedData() throws Exception {
        String yaml = """
                id: serial
                title: Serial keys
                setup:
                  - CREATE TABLE a (id SERIAL PRIMARY KEY, who VARCHAR(9) NOT NULL)
                  - CREATE TABLE b (id INT GENERATED ALWAYS AS IDENTITY, who VARCHAR(9) NOT NULL)
                lanes:
                  - id: T1
                    steps: [ "INSERT INTO a (who) VALUES ('one')", "INSERT INTO b (who) VALUES ('one')", COMMIT ]
                  - id: T2
                    steps: [ "INSERT INTO a (who) VALUES ('two')", "INSERT INTO b (who) VALUES ('two')", COMMIT ]
                """;
        try (var run1 = org.interleave.engine.Run.start(plan(yaml), pg, org.interleave.engine.RunListener.NONE);
             var run2 = org.interleave.engine.Run.start(plan(yaml), pg, org.interleave.engine.RunListener.NONE)) {
            org.interleave.engine.SchedulePlayer.play(run1, List.of("T1", "T1", "T1", "T2", "T2", "T2"));
            org.interleave.engine.SchedulePlayer.play(run2, List.of("T2", "T2", "T2", "T1", "T1", "T1"));
            var data = run1.committedData();
            assertEquals(List.of("who"), data.get(0).contents().columns(), "the SERIAL id is left out");
            assertEquals(List.of("who"), data.get(1).contents().columns(), "the identity is left out");
            assertEquals(data.get(0), run2.committedData().get(0), "the same rows whatever order made them");
            assertEquals(List.of("id", "who"), run1.committedTables().get(0).contents().columns(), "what people see keeps every column");
        }
    }

    @Test
    void laneSqlRunsAsTheUnprivilegedRoleEvenIfTheAllowlistWereBypassed() throws Exception {
        RunPlan base = plan("""
                id: bypass
                title: Bypass
                lanes:
                  - id: T1
                    steps: [ "SELECT 1", COMMIT ]
                """);
        Step hostile = new Step("copy", EngineSql.of("COPY (SELECT 1) TO PROGRAM 'touch /tmp/interleave-canary'", Pos.UNKNOWN),
                StepKind.QUERY, null, Map.of(), null, false, Pos.UNKNOWN);
        var t1 = base.lanes().get(0).withSteps(List.of(hostile));
        RunPlan bypass = new RunPlan(base.scenario(), null, base.setup(), List.of(t1), List.of(), List.of(), Map.of(), null);
        RunRecord r = RunRecord.execute(bypass, pg, null);
        assertEquals("42501", failed(r).error().sqlState(), failed(r).error().shortMessage());
        assertEquals(LaneState.ABORTED, r.lanes().get("T1"));
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/interleave-canary")));
    }

    /**
     * T2's ALTER TABLE waits for T1's row lock, and PostgreSQL queues any new reader of the table behind it: the read
     * of the earlier values for T1's next UPDATE cannot run. T1's answer still comes within a second or so, with the
     * values it wrote and without the earlier ones, and T1 can go on to commit.
     */
    @Test
    void aTableLockQueuedBehindTheLaneDoesNotHoldItsAnswerUp() throws Exception {
        String yaml = """
                id: ddl-queue
                title: DDL behind a row lock
                setup:
                  - CREATE TABLE acc (id INT PRIMARY KEY, v INT NOT NULL)
                  - INSERT INTO acc VALUES (1, 0), (2, 0)
                lanes:
                  - id: T1
                    steps: [ "UPDATE acc SET v = 1 WHERE id = 1", "UPDATE acc SET v = 2 WHERE id = 2", COMMIT ]
                  - id: T2
                    steps: [ "ALTER TABLE acc ADD COLUMN w INT", COMMIT ]
                schedule: [T1, T2, T1, T1, T2]
                checks:
                  - name: v
                    sql: SELECT SUM(v) FROM acc
                    expect: 3
                """;
        try (org.interleave.engine.Run run = org.interleave.engine.Run.start(plan(yaml), pg, org.interleave.engine.RunListener.NONE)) {
            assertEquals("id 1: v 0 → 1", run.step("T1").writtenText());
            assertEquals(org.interleave.engine.StepStatus.WAITING, run.step("T2").status(), "the ALTER waits for T1's row lock");
            long start = System.nanoTime();
            org.interleave.engine.RunEvent second = run.step("T1");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(org.interleave.engine.StepStatus.COMPLETED, second.status());
            assertEquals("id 2 now: v = 2", second.writtenText(), "the values written, without the earlier ones it could not read");
            assertTrue(millis < 5000, "answered in " + millis + " ms");
            assertEquals(org.interleave.engine.StepStatus.COMPLETED, run.step("T1").status(), "T1 commits, and T2's ALTER goes on");
        }
    }
}
