// One reusable run database on a PostgreSQL server: its own unprivileged role and schema, a watcher, kept lane sessions.
package org.interleave.engine.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.RunDatabase.SessionView;
import org.interleave.engine.KeptSessions;
import org.interleave.engine.SlotPool;

/**
 * The database, the role and the role's schema share one name, so the default search_path ("$user", public) finds
 * the schema, and DISCARD ALL keeps it. Parallel runs need separate databases: advisory locks and serializable
 * predicate locks are per database.
 */
final class RunSlot implements SlotPool.Slot {
    /** Lane statements may wait for a lock this long: long, so a teacher can talk. */
    static final String STATEMENT_TIMEOUT = "600s";
    private final PostgresServer server;
    final String name;
    private final Connection watcher;
    private final PreparedStatement look;
    private final KeptSessions sessions;
    /** pgrowlocks is installed for the watcher (see PostgresInside). */
    private final boolean rowLocksReadable;
    /** pageinspect is installed for the watcher (see RowVersions). */
    private final boolean versionsReadable;

    private RunSlot(PostgresServer server, String name, String password, Connection watcher) throws SQLException {
        this.server = server;
        this.name = name;
        this.watcher = watcher;
        this.rowLocksReadable = PostgresInside.installRowLocks(watcher);
        this.versionsReadable = rowLocksReadable && RowVersions.install(watcher);
        this.sessions = new KeptSessions(() -> server.connect(name, name, password), "SELECT pg_backend_pid()", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DISCARD ALL");
            }
        });
        this.look = watcher.prepareStatement("SELECT state = 'active', pg_blocking_pids(pid), pg_safe_snapshot_blocking_pids(pid)"
                + " FROM pg_stat_activity WHERE pid = ?");
    }

    /** Creates the role, the database and the schema; takes a few hundred milliseconds, once per slot. */
    static RunSlot create(PostgresServer server, String name) throws SQLException {
        String password = EmbeddedServer.secret();
        try (Connection admin = server.admin(server.maintenanceDatabase()); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                    + " NOBYPASSRLS NOINHERIT CONNECTION LIMIT 64");
            grantRoleToAdministrator(s, name);
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
            s.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
        }
        Connection watcher = server.admin(name);
        try (Statement s = watcher.createStatement()) {
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC; SET lock_timeout = '5s'");
            RunSlot slot = new RunSlot(server, name, password, watcher);
            slot.reset();
            return slot;
        } catch (SQLException e) {
            watcher.close();
            throw e;
        }
    }

    /** On a user's server the administering account may not be a superuser: it needs the role's rights to drop what it owns. */
    private static void grantRoleToAdministrator(Statement s, String role) {
        try {
            s.execute("GRANT " + role + " TO CURRENT_USER");
        } catch (SQLException superuserNeedsNone) {
            // a superuser has every role's rights already
        }
    }

    /** Empties the slot for the next run: everything the role made is dropped, its settings and the database's reset. */
    @Override
    public synchronized void reset() throws SQLException {
        try (Statement s = watcher.createStatement()) {
            s.execute("DROP OWNED BY " + name + " CASCADE; CREATE SCHEMA " + name + " AUTHORIZATION " + name
                    + "; GRANT CONNECT, TEMPORARY ON DATABASE " + name + " TO " + name + "; ALTER ROLE " + name + " RESET ALL"
                    + "; ALTER ROLE " + name + " SET statement_timeout = '" + STATEMENT_TIMEOUT + "'; ALTER DATABASE " + name + " RESET ALL");
        }
    }

    /** A lane connection as the slot's role: a kept one when there is one, else a new one. */
    Connection lend() throws SQLException {
        return sessions.lend();
    }

    long pidOf(Connection c) throws SQLException {
        return sessions.idOf(c);
    }

    /** Takes a lane connection back, rolled back and reset with DISCARD ALL; a broken one is closed. */
    void takeBack(Connection c, boolean keep) {
        sessions.takeBack(c, keep);
    }

    /** Cuts the sessions still lent out (a lane waiting when its run was closed), so that reset never waits on their locks. */
    synchronized void cutLentSessions() {
        List<Long> cut = sessions.forgetLent();
        if (cut.isEmpty()) return;
        try (PreparedStatement ps = watcher.prepareStatement("SELECT pg_terminate_backend(pid, 5000) FROM unnest(?::int[]) AS pid")) {
            ps.setArray(1, watcher.createArrayOf("int4", cut.stream().map(Long::intValue).toArray()));
            ps.execute();
        } catch (SQLException ignored) {
            // a session that is gone already needs no cutting
        }
    }

    synchronized SessionView look(long pid) throws SQLException {
        look.setInt(1, (int) pid);
        try (ResultSet rs = look.executeQuery()) {
            if (!rs.next()) return SessionView.IDLE;
            List<Long> blockers = new ArrayList<>(ints(rs.getArray(2)));
            for (long p : ints(rs.getArray(3))) if (!blockers.contains(p)) blockers.add(p);
            return new SessionView(rs.getBoolean(1), List.copyOf(blockers));
        }
    }

    /** What the database holds for the run's lanes now, read on the watcher (see PostgresInside). */
    synchronized org.interleave.engine.Inside inside(java.util.Map<Long, String> laneByPid,
            java.util.Map<String, org.interleave.scenario.Isolation> levelByLane, LaneSnapshots snapshots) throws SQLException {
        return PostgresInside.read(watcher, name, rowLocksReadable, versionsReadable, laneByPid, levelByLane, snapshots);
    }

    /** Takes note of each lane's snapshot, on the watcher (see LaneSnapshots). */
    synchronized void followSnapshots(java.util.Map<Long, String> laneByPid, java.util.Map<String, org.interleave.scenario.Isolation> levelByLane,
            LaneSnapshots snapshots) throws SQLException {
        PostgresInside.followSnapshots(watcher, laneByPid, levelByLane, snapshots);
    }

    private static List<Long> ints(Array array) throws SQLException {
        if (array == null) return List.of();
        List<Long> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) values.add(((Number) o).longValue());
        return values;
    }

    /** Closes every session of the slot; on a user's server also drops the database and the role. */
    @Override
    public synchronized void destroy(boolean dropObjects) {
        cutLentSessions();
        sessions.closeAll();
        closeQuietly(watcher);
        if (!dropObjects) return;
        try (Connection admin = server.admin(server.maintenanceDatabase()); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("DROP ROLE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // the server is gone or refuses: nothing more can be done from here
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }
}
