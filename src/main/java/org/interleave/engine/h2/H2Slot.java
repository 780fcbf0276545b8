// One reusable in-memory H2 database: a watcher, the unprivileged user and its schema, kept lane sessions.
package org.interleave.engine.h2;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.interleave.engine.KeptSessions;
import org.interleave.engine.RunDatabase.SessionView;
import org.interleave.engine.SlotPool;

/**
 * Making a database with its user, schema and sessions costs about 0.3 ms of an explored order's 1 ms; emptying the
 * schema costs a twentieth of that. Reset drops the schema with everything in it (tables, views, sequences, and the
 * definitions and data of global temporary tables); the statement allowlist refuses everything that lives outside
 * the schema (users, roles, settings, aliases, LOCAL TEMPORARY tables, other schemas). A kept session is rolled back
 * and set back to READ COMMITTED and read-write, as a new session starts.
 */
final class H2Slot implements SlotPool.Slot {
    static final String USER = "SCENARIO";
    static final String SCHEMA = "APP";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection watcher;
    private final PreparedStatement lookup;
    private final KeptSessions sessions;

    private H2Slot(String url, String userPassword, int lockTimeoutMillis, Connection watcher) throws SQLException {
        this.watcher = watcher;
        this.lookup = watcher.prepareStatement(
                "SELECT EXECUTING_STATEMENT, BLOCKER_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ?");
        String laneUrl = url + ";SCHEMA=" + SCHEMA + ";LOCK_TIMEOUT=" + lockTimeoutMillis;
        this.sessions = new KeptSessions(() -> DriverManager.getConnection(laneUrl, USER, userPassword), "SELECT SESSION_ID()", c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setReadOnly(false);
        });
    }

    /** A new in-memory database named {@code name}, with its watcher (the database's admin), user and schema. */
    static H2Slot create(String name, int lockTimeoutMillis) throws SQLException {
        String url = "jdbc:h2:mem:" + name;
        String userPassword = secret();
        Connection watcher = DriverManager.getConnection(url, "WATCHER", secret());
        try (Statement s = watcher.createStatement()) {
            s.execute("CREATE USER " + USER + " PASSWORD '" + userPassword + "'");
            s.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION " + USER);
            return new H2Slot(url, userPassword, lockTimeoutMillis, watcher);
        } catch (SQLException e) {
            shutDown(watcher);
            throw e;
        }
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Empties the schema for the next run; every session has been rolled back, so nothing holds a lock. */
    @Override
    public synchronized void reset() throws SQLException {
        try (Statement s = watcher.createStatement()) {
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION " + USER);
        }
    }

    /** The slot's lane sessions: lent to a run, taken back rolled back and reset. */
    KeptSessions sessions() {
        return sessions;
    }

    /** True when a session is still out with a run (a lane that was waiting when its run closed). */
    boolean hasLentSessions() {
        return sessions.lentCount() > 0;
    }

    synchronized SessionView look(long sessionId) throws SQLException {
        lookup.setLong(1, sessionId);
        try (ResultSet rs = lookup.executeQuery()) {
            if (!rs.next()) return SessionView.IDLE;
            boolean executing = rs.getString(1) != null;
            long blocker = rs.getLong(2);
            return new SessionView(executing, rs.wasNull() ? List.of() : List.of(blocker));
        }
    }

    /** What H2 shows of the run's lanes now, read on the watcher (see H2Inside). */
    synchronized org.interleave.engine.Inside inside(java.util.Map<Long, String> laneBySession) throws SQLException {
        return H2Inside.read(watcher, laneBySession);
    }

    /** The scenario user's sessions that run a statement or hold an open transaction: 0 between runs. */
    synchronized int busySessions() throws SQLException {
        try (Statement s = watcher.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE USER_NAME = '" + USER + "' AND (EXECUTING_STATEMENT IS NOT NULL OR CONTAINS_UNCOMMITTED)")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Ends the database, also under a session that still waits for a lock: H2 cuts every session. */
    @Override
    public synchronized void destroy(boolean dropObjects) {
        sessions.forgetLent();
        sessions.closeAll();
        shutDown(watcher);
    }

    private static void shutDown(Connection watcher) {
        try (Statement s = watcher.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException ignored) {
            // the database is already gone: nothing left to end
        }
        try {
            watcher.close();
        } catch (SQLException ignored) {
            // closing a connection of a database that was shut down
        }
    }
}
