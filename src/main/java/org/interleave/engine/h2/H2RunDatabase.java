// A private in-memory H2 database: an admin session that only watches, and a non-admin user owning schema APP.
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
import java.util.concurrent.atomic.AtomicLong;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.TableShape;

final class H2RunDatabase implements RunDatabase {
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Databases created and not yet closed, for tests that check nothing is left behind. */
    private static final java.util.concurrent.atomic.AtomicInteger OPEN = new java.util.concurrent.atomic.AtomicInteger();
    private boolean closed;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String USER = "SCENARIO";
    static final String SCHEMA = "APP";

    private final String url;
    private final String userPassword;
    private final int lockTimeoutMillis;
    private final Connection admin;
    private final PreparedStatement lookup;

    private H2RunDatabase(String url, String userPassword, int lockTimeoutMillis, Connection admin) throws SQLException {
        this.url = url;
        this.userPassword = userPassword;
        this.lockTimeoutMillis = lockTimeoutMillis;
        this.admin = admin;
        this.lookup = admin.prepareStatement(
                "SELECT EXECUTING_STATEMENT, BLOCKER_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ?");
    }

    static H2RunDatabase create(int lockTimeoutMillis) throws SQLException {
        String name = "interleave_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String url = "jdbc:h2:mem:" + name;
        String adminPassword = secret();
        String userPassword = secret();
        Connection admin = DriverManager.getConnection(url, "WATCHER", adminPassword);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE USER " + USER + " PASSWORD '" + userPassword + "'");
            s.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION " + USER);
        } catch (SQLException e) {
            admin.close();
            throw e;
        }
        H2RunDatabase database = new H2RunDatabase(url, userPassword, lockTimeoutMillis, admin);
        OPEN.incrementAndGet();
        return database;
    }

    /** How many run databases are open in this process now. */
    static int openDatabases() {
        return OPEN.get();
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public Connection connectAsScenarioUser() throws SQLException {
        return DriverManager.getConnection(url + ";SCHEMA=" + SCHEMA + ";LOCK_TIMEOUT=" + lockTimeoutMillis, USER, userPassword);
    }

    @Override
    public long sessionId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized SessionView look(long sessionId, long notBeforeNanos) throws SQLException {
        lookup.setLong(1, sessionId);
        try (ResultSet rs = lookup.executeQuery()) {
            if (!rs.next()) return SessionView.IDLE;
            boolean executing = rs.getString(1) != null;
            long blocker = rs.getLong(2);
            return new SessionView(executing, rs.wasNull() ? List.of() : List.of(blocker));
        }
    }

    @Override
    public List<TableShape> tables(Connection connection, boolean withoutGenerated) throws SQLException {
        return TableShape.fromCatalog(connection, "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.IS_IDENTITY = 'YES' FROM INFORMATION_SCHEMA.COLUMNS c"
                + " JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = CURRENT_SCHEMA AND t.TABLE_TYPE = 'BASE TABLE' ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION",
                withoutGenerated);
    }

    @Override
    public String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        OPEN.decrementAndGet();
        try (Statement s = admin.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException ignored) {
            // the database is already gone: nothing left to end
        }
        try {
            admin.close();
        } catch (SQLException ignored) {
            // closing a connection of a database that was shut down
        }
    }
}
