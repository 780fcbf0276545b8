// One reusable run database on a MariaDB server: a database and a user with rights on it alone, and kept lane sessions.
package org.interleave.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.interleave.engine.KeptSessions;
import org.interleave.engine.SlotPool;

/** The database and the user share one name; the user holds ALL on that database and nothing else. */
final class MariaSlot implements SlotPool.Slot {
    /** Lane statements may wait for a lock this long (MariaDB's default, 50 s, would cut a teacher short). */
    static final int LOCK_WAIT_SECONDS = 600;
    /**
     * Each lane session's bounds: lock waits as long as a lecture needs, and max_statement_time as the server's own
     * backstop against a runaway statement (the watcher stops one sooner, at the run's time limit, with KILL QUERY).
     */
    private static final String SESSION_LIMITS = "SET SESSION innodb_lock_wait_timeout = " + LOCK_WAIT_SECONDS
            + ", max_statement_time = " + LOCK_WAIT_SECONDS;
    final String name;
    private final Connection admin;
    private final KeptSessions sessions;

    private MariaSlot(MariaServer server, String name, String password, Connection admin) {
        this.name = name;
        this.admin = admin;
        this.sessions = new KeptSessions(() -> lane(server, name, password), "SELECT CONNECTION_ID()", c -> {
            ((org.mariadb.jdbc.Connection) c).reset();
            try (Statement s = c.createStatement()) {
                s.execute(SESSION_LIMITS);
            }
        });
    }

    private static Connection lane(MariaServer server, String name, String password) throws SQLException {
        Connection c = server.lane(name, name, password);
        try (Statement s = c.createStatement()) {
            s.execute(SESSION_LIMITS);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    static MariaSlot create(MariaServer server, String name) throws SQLException {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Connection admin = server.admin(null);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "`");
            for (String host : List.of("%", "localhost")) {
                s.execute("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL ON `" + name + "`.* TO '" + name + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            admin.close();
            throw new SQLException("cannot make a run database on " + server.displayName() + " (the account needs CREATE, DROP,"
                    + " CREATE USER and GRANT OPTION, and PROCESS to see lock waits): " + MariaErrors.shortMessage(e), e.getSQLState(), e);
        }
        return new MariaSlot(server, name, password, admin);
    }

    /** Drops every table and view the run made; a database that holds anything else is made anew. */
    @Override
    public synchronized void reset() throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        int others;
        try (Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + name + "'")) {
                while (rs.next()) (rs.getString(2).equals("VIEW") ? views : tables).add("`" + name + "`.`" + rs.getString(1).replace("`", "``") + "`");
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '" + name
                    + "') + (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '" + name + "')")) {
                rs.next();
                others = rs.getInt(1);
            }
            if (others > 0) {
                s.execute("DROP DATABASE `" + name + "`");
                s.execute("CREATE DATABASE `" + name + "`");
                return;
            }
            if (!views.isEmpty()) s.execute("DROP VIEW IF EXISTS " + String.join(", ", views));
            if (!tables.isEmpty()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                try {
                    s.execute("DROP TABLE IF EXISTS " + String.join(", ", tables));
                } finally {
                    s.execute("SET SESSION foreign_key_checks = 1");
                }
            }
        }
    }

    Connection lend() throws SQLException {
        return sessions.lend();
    }

    long idOf(Connection c) throws SQLException {
        return sessions.idOf(c);
    }

    /** Takes a lane connection back, rolled back and reset (COM_RESET_CONNECTION: temporary tables, variables, locks). */
    void takeBack(Connection c, boolean keep) {
        sessions.takeBack(c, keep);
    }

    /** Kills the sessions still lent out (a lane waiting when its run was closed), so that reset never waits on their locks. */
    synchronized void cutLentSessions() {
        for (long id : sessions.forgetLent()) {
            try (Statement s = admin.createStatement()) {
                s.execute("KILL CONNECTION " + id);
            } catch (SQLException gone) {
                // the session ended meanwhile
            }
        }
    }

    @Override
    public synchronized void destroy(boolean drop) {
        cutLentSessions();
        sessions.closeAll();
        if (drop) {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                for (String host : List.of("%", "localhost")) s.execute("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
            } catch (SQLException ignored) {
                // the server is gone or refuses: nothing more can be done from here
            }
        }
        closeQuietly(admin);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }
}
