// H2's own behaviour and codes, measured on a run database: what it keeps open after a write conflict, its messages.
package org.interleave.engine.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.RunDatabase;
import org.junit.jupiter.api.Test;

class H2EngineTest {
    private final DatabaseEngine h2 = TestEngines.h2();

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aWriteConflictOfSelectForUpdateLeavesTheTransactionOpen() throws Exception {
        try (RunDatabase db = h2.create()) {
            Connection setup = db.connectAsScenarioUser();
            Connection a = db.connectAsScenarioUser();
            Connection b = db.connectAsScenarioUser();
            try (Statement s = setup.createStatement(); Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
                s.execute("CREATE TABLE acc (id INT PRIMARY KEY, v INT)");
                s.execute("CREATE TABLE log (n INT)");
                s.execute("INSERT INTO acc VALUES (1, 0)");
                a.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                a.setAutoCommit(false);
                sa.execute("INSERT INTO log VALUES (1)");
                count(sa, "SELECT v FROM acc WHERE id = 1");
                sb.execute("UPDATE acc SET v = 5 WHERE id = 1");
                SQLException conflict = assertThrows(SQLException.class, () -> sa.executeQuery("SELECT v FROM acc WHERE id = 1 FOR UPDATE"));
                assertEquals("40001", conflict.getSQLState());
                assertEquals(ErrorKind.SERIALIZATION, h2.classify(conflict));
                assertEquals(1, count(sa, "SELECT COUNT(*) FROM log"), "the transaction goes on: its earlier insert is still there");
                a.commit();
                assertEquals(1, count(s, "SELECT COUNT(*) FROM log"), "and it commits");
            } finally {
                db.release(setup);
                db.release(a);
                db.release(b);
            }
        }
    }

    @Test
    void theShortMessageDropsTheStatementEcho() throws Exception {
        try (RunDatabase db = h2.create()) {
            Connection c = db.connectAsScenarioUser();
            try (Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT nothing FROM nowhere"));
                assertEquals(ErrorKind.SYNTAX, h2.classify(e));
                assertEquals(false, h2.shortMessage(e).contains("SQL statement:"), h2.shortMessage(e));
            } finally {
                db.release(c);
            }
        }
    }

    /** Sessions are kept for the next run: one comes back as a new one starts, whatever the run before set on it. */
    @Test
    void aKeptSessionComesBackAsNew() throws Exception {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (H2Engine engine = new H2Engine()) {
            for (int run = 0; run < 3; run++) {
                try (RunDatabase db = engine.create()) {
                    Connection c = db.connectAsScenarioUser();
                    seen.add(db.sessionId(c));
                    assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation());
                    assertEquals(false, c.isReadOnly());
                    assertEquals(true, c.getAutoCommit());
                    try (Statement s = c.createStatement()) {
                        assertEquals(0, count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"));
                        s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                    }
                    c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                    c.setReadOnly(true);
                    c.setAutoCommit(false);
                    db.release(c);
                }
            }
        }
        assertEquals(1, seen.size(), "the same session served every run");
    }
}
