// MariaDB's own codes and guarantees, on the server of this machine: error numbers, what a failure rolls back, privileges.
package org.interleave.engine.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunTestAccess;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.Isolation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MariaEngineTest {
    @BeforeAll
    static void needsAServer() {
        Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
    }

    private static DatabaseEngine maria() {
        return TestEngines.mariadb().orElseThrow();
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aDeadlockIs1213AndTheWholeTransactionIsGone() throws Exception {
        RunRecord r = RunRecord.execute(RunTestAccess.twoRows(), maria(), null);
        RunEvent victim = r.events().stream().filter(e -> e.status() == StepStatus.FAILED).findFirst().orElseThrow();
        assertEquals(1213, victim.error().vendorCode());
        assertEquals("40001", victim.error().sqlState());
        assertEquals(ErrorKind.DEADLOCK, victim.error().kind());
        assertTrue(victim.detail().contains("lighter transaction") && victim.detail().contains("entirely"), victim.detail());
    }

    @Test
    void aLockWaitTimeoutAndADuplicateKeyRollBackOnlyTheStatement() throws Exception {
        try (RunDatabase db = maria().create()) {
            Connection a = db.connectAsScenarioUser();
            Connection b = db.connectAsScenarioUser();
            try (Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
                sa.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)");
                sa.execute("INSERT INTO t VALUES (1, 0)");
                a.setAutoCommit(false);
                b.setAutoCommit(false);
                sa.execute("UPDATE t SET v = 1 WHERE id = 1");
                sb.execute("INSERT INTO t VALUES (2, 0)");
                sb.execute("SET SESSION innodb_lock_wait_timeout = 1");
                SQLException timeout = assertThrows(SQLException.class, () -> sb.execute("UPDATE t SET v = 2 WHERE id = 1"));
                assertEquals(1205, timeout.getErrorCode());
                assertEquals(ErrorKind.LOCK_TIMEOUT, maria().classify(timeout));
                assertEquals(2, count(sb, "SELECT COUNT(*) FROM t"), "b's earlier insert is still in its transaction");
                SQLException duplicate = assertThrows(SQLException.class, () -> sb.execute("INSERT INTO t VALUES (2, 9)"));
                assertEquals(1062, duplicate.getErrorCode());
                assertEquals(ErrorKind.UNIQUE_VIOLATION, maria().classify(duplicate));
                b.commit();
                a.commit();
                assertEquals(2, count(sa, "SELECT COUNT(*) FROM t"), "after both failures b's transaction still committed its insert");
            } finally {
                db.release(a);
                db.release(b);
            }
        }
    }

    @Test
    void aLaneUserHasNoFileAndNoLocalInfile() throws Exception {
        try (RunDatabase db = maria().create()) {
            Connection c = db.connectAsScenarioUser();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT, CONSTRAINT positive CHECK (v >= 0))");
                assertEquals(1227, assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1 INTO OUTFILE '/tmp/interleave-outfile'")).getErrorCode());
                SQLException local = assertThrows(SQLException.class, () -> s.execute("LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE t"));
                assertTrue(local.getMessage().contains("Local infile is disabled"), local.getMessage());
                assertTrue(assertThrows(SQLException.class, () -> s.execute("CREATE USER x IDENTIFIED BY 'y'")).getErrorCode() == 1227);
                assertEquals(ErrorKind.CHECK_VIOLATION, maria().classify(assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (1, -1)"))));
            } finally {
                db.release(c);
            }
        }
    }

    @Test
    void theLevelsSayHowMariadbRunsThem() {
        assertEquals(Isolation.READ_UNCOMMITTED, maria().isolation(Isolation.READ_UNCOMMITTED).runsAs());
        assertTrue(maria().isolation(Isolation.REPEATABLE_READ).note().contains("innodb_snapshot_isolation"));
        assertTrue(maria().isolation(Isolation.SERIALIZABLE).note().contains("shared locks"));
        assertTrue(maria().info().displayName().startsWith("MariaDB "), maria().info().displayName());
    }

    @Test
    void everyLaneSessionWaitsForLocksLongAndHasTheServersBackstop() throws Exception {
        for (int run = 0; run < 2; run++) { // a fresh session, then a kept one after its reset
            try (RunDatabase db = maria().create()) {
                Connection c = db.connectAsScenarioUser();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@innodb_lock_wait_timeout, @@max_statement_time")) {
                    rs.next();
                    assertEquals(600, rs.getInt(1));
                    assertEquals(600, (int) rs.getDouble(2));
                } finally {
                    db.release(c);
                }
            }
        }
    }
}
