// Reads MariaDB's lock waits for every run of one engine, at the pace its cached view allows, and only when proved fresh.
package org.interleave.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.RunDatabase.SessionView;

/**
 * information_schema.innodb_lock_waits and innodb_trx are a cache that InnoDB fills anew only when nobody has read it
 * for 100 ms: a watcher per run, polling fast, would freeze it. So one thread per engine reads it, 105 ms after its
 * previous reading, while any run is open, and the runs' watchers read its latest snapshot. The lock part of a reading
 * counts only when it proves the cache fresh: the monitor's own transaction must show the very query of this reading.
 * Another reader of the same server (a second Interleave, a monitoring tool) can keep the cache frozen; then no holder
 * is named, and a statement seen executing for {@link #UNSEEN_WAIT_MILLIS} is told as waiting for an unnamed holder.
 * The processlist part is never cached, and counts every time.
 */
final class LockWaitMonitor implements AutoCloseable {
    /** The pause after a reading: more than the cache's 100 ms, so that the next reading fills it anew. */
    static final long PERIOD_MILLIS = 105;
    /** With no fresh lock reading since a statement began, it counts as waiting once it has executed this long. */
    static final long UNSEEN_WAIT_MILLIS = 1000;
    private static final String WAITS = "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM information_schema.innodb_lock_waits w"
            + " JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_trx_id"
            + " JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_trx_id";

    /**
     * What one reading saw, and when (System.nanoTime, taken before the reading began): the processlist, and the
     * waits of the latest reading that proved the cache fresh, with that reading's time.
     */
    private record Snapshot(long takenNanos, long blockersNanos, Map<Long, List<Long>> blockers, Map<Long, String> command,
            Map<Long, String> state, List<MariaInside.Trx> trx, List<MariaInside.RowLock> locks) {}

    /** The transactions and the locks InnoDB lists, from the same filling of its cache as the waits. */
    private static final String TRX = "SELECT trx_mysql_thread_id, trx_id, trx_state, trx_rows_locked, trx_rows_modified,"
            + " trx_requested_lock_id FROM information_schema.innodb_trx";
    private static final String LOCKS = "SELECT t.trx_mysql_thread_id, l.lock_id, l.lock_mode, l.lock_type, l.lock_table, l.lock_index,"
            + " l.lock_data FROM information_schema.innodb_locks l JOIN information_schema.innodb_trx t ON t.trx_id = l.lock_trx_id";

    private final MariaServer server;
    private final String userPrefix;
    private Thread thread;
    private Connection connection;
    private int users;
    private long readings;
    private boolean closed;
    private volatile Snapshot latest = new Snapshot(0, 0, Map.of(), Map.of(), Map.of(), List.of(), List.of());

    LockWaitMonitor(MariaServer server, String userPrefix) {
        this.server = server;
        this.userPrefix = userPrefix;
    }

    /** A run database opened: readings go on (the thread starts on first use). */
    synchronized void join() {
        if (closed) return;
        users++;
        if (thread == null) {
            thread = new Thread(this::loop, "interleave-mariadb-locks");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    synchronized void leave() {
        users = Math.max(0, users - 1);
    }

    private void loop() {
        while (true) {
            synchronized (this) {
                while (!closed && users == 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
            }
            try {
                latest = read(System.nanoTime(), latest);
            } catch (SQLException e) {
                reconnectLater();
            }
            try {
                // Every reading counts as a reader: trying again sooner would keep the cache from being filled.
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One reading; when the cache turned out older than {@code start}, its waits are those of {@code before}. */
    private Snapshot read(long start, Snapshot before) throws SQLException {
        Connection c = connection();
        Map<Long, List<Long>> blockers = new HashMap<>();
        Map<Long, String> command = new HashMap<>();
        Map<Long, String> state = new HashMap<>();
        List<MariaInside.Trx> trx = new ArrayList<>();
        List<MariaInside.RowLock> locks = new ArrayList<>();
        boolean fresh;
        try (Statement s = c.createStatement()) {
            // A brief read-only transaction, so that the cache lists this connection with the query it runs.
            s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            try {
                fresh = cacheShows(s, "interleave reading " + (++readings));
            } finally {
                s.execute("COMMIT");
            }
            if (fresh) {
                try (ResultSet rs = s.executeQuery(WAITS)) {
                    while (rs.next()) blockers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
                java.util.Set<String> requested = new java.util.HashSet<>();
                try (ResultSet rs = s.executeQuery(TRX)) {
                    while (rs.next()) {
                        trx.add(new MariaInside.Trx(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                        if (rs.getString(6) != null) requested.add(rs.getString(6));
                    }
                }
                try (ResultSet rs = s.executeQuery(LOCKS)) {
                    while (rs.next()) {
                        locks.add(new MariaInside.RowLock(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), requested.contains(rs.getString(2))));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT ID, COMMAND, STATE FROM information_schema.PROCESSLIST WHERE USER LIKE '"
                    + userPrefix + "%'")) {
                while (rs.next()) {
                    command.put(rs.getLong(1), rs.getString(2));
                    state.put(rs.getLong(1), rs.getString(3) == null ? "" : rs.getString(3));
                }
            }
        }
        return fresh ? new Snapshot(start, start, blockers, command, state, List.copyOf(trx), List.copyOf(locks))
                : new Snapshot(start, before.blockersNanos(), before.blockers(), command, state, before.trx(), before.locks());
    }

    /** True when the cache was filled while this connection ran the query naming {@code token}: after it was sent. */
    static boolean cacheShows(Statement s, String token) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT LOCATE('" + token + "', trx_query) > 0 FROM information_schema.innodb_trx"
                + " WHERE trx_mysql_thread_id = CONNECTION_ID()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) connection = server.admin(null);
        return connection;
    }

    private synchronized void reconnectLater() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // a connection that failed is closed anyway
        }
        connection = null;
    }

    /**
     * The session as last read. Before a reading newer than {@code notBeforeNanos} exists, the session counts as
     * busy with no blocker known, so that a statement is never judged by what its predecessor did; so do waits
     * until a reading newer than that has proved the cache fresh.
     */
    SessionView look(long session, long notBeforeNanos) {
        Snapshot s = latest;
        if (notBeforeNanos == 0 || s.takenNanos() < notBeforeNanos || s.takenNanos() == 0) return new SessionView(true, List.of(), false);
        String command = s.command().getOrDefault(session, "Sleep");
        String state = s.state().getOrDefault(session, "");
        boolean executing = command.equals("Query") || command.equals("Execute");
        boolean waitsKnown = s.blockersNanos() >= notBeforeNanos;
        List<Long> blockers = waitsKnown ? List.copyOf(s.blockers().getOrDefault(session, List.of())) : List.of();
        // Metadata-lock and user-lock waits appear only in the processlist, with no holder named there.
        boolean unnamed = state.startsWith("Waiting for") && state.contains("lock");
        boolean unseen = !waitsKnown && s.takenNanos() - notBeforeNanos >= UNSEEN_WAIT_MILLIS * 1_000_000;
        return new SessionView(executing, blockers, (unnamed || unseen) && executing);
    }

    /**
     * What InnoDB holds now for the run's lanes, from the first reading that proved the cache fresh after this call
     * (waiting at most {@code maxMillis} for it: a reading comes every {@value #PERIOD_MILLIS} ms); when none came,
     * the last fresh one, said so.
     */
    org.interleave.engine.Inside inside(Map<Long, String> laneBySession, long maxMillis) {
        long asked = System.nanoTime();
        long deadline = asked + maxMillis * 1_000_000;
        Snapshot s = latest;
        while (s.blockersNanos() < asked && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            s = latest;
        }
        return MariaInside.of(laneBySession, s.trx(), s.locks(), s.blockers(), s.command(), s.blockersNanos() >= asked);
    }

    /** Ends the thread and its connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            notifyAll();
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reconnectLater();
    }
}
