// Reads MariaDB's lock waits for every run of one engine, at the pace its cached view allows: one reader, every 110 ms.
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
 * information_schema.innodb_lock_waits and innodb_trx are a cache that InnoDB refreshes only after 100 ms without
 * readers: a watcher per run, polling fast, would keep it stale for seconds. So one thread per engine reads it
 * just over every 100 ms, while any run is open, and the runs' watchers read its latest snapshot.
 */
final class LockWaitMonitor implements AutoCloseable {
    static final long PERIOD_MILLIS = 110;
    private static final String WAITS = "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM information_schema.innodb_lock_waits w"
            + " JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_trx_id"
            + " JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_trx_id";

    /** What one reading saw, and when (System.nanoTime, taken before the reading began). */
    private record Snapshot(long takenNanos, Map<Long, List<Long>> blockers, Map<Long, String> command, Map<Long, String> state) {}

    private final MariaServer server;
    private final String userPrefix;
    private Thread thread;
    private Connection connection;
    private int users;
    private boolean closed;
    private volatile Snapshot latest = new Snapshot(0, Map.of(), Map.of(), Map.of());

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
            long start = System.nanoTime();
            try {
                latest = read(start);
            } catch (SQLException e) {
                reconnectLater();
            }
            long left = PERIOD_MILLIS - (System.nanoTime() - start) / 1_000_000;
            try {
                if (left > 0) Thread.sleep(left);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Snapshot read(long start) throws SQLException {
        Connection c = connection();
        Map<Long, List<Long>> blockers = new HashMap<>();
        Map<Long, String> command = new HashMap<>();
        Map<Long, String> state = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(WAITS)) {
                while (rs.next()) blockers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT ID, COMMAND, STATE FROM information_schema.PROCESSLIST WHERE USER LIKE '"
                    + userPrefix + "%'")) {
                while (rs.next()) {
                    command.put(rs.getLong(1), rs.getString(2));
                    state.put(rs.getLong(1), rs.getString(3) == null ? "" : rs.getString(3));
                }
            }
        }
        return new Snapshot(start, blockers, command, state);
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
     * busy with no blocker known, so that a statement is never judged by what its predecessor did.
     */
    SessionView look(long session, long notBeforeNanos) {
        Snapshot s = latest;
        if (s.takenNanos() < notBeforeNanos || s.takenNanos() == 0) return new SessionView(true, List.of(), false);
        String command = s.command().getOrDefault(session, "Sleep");
        String state = s.state().getOrDefault(session, "");
        boolean executing = command.equals("Query") || command.equals("Execute");
        // Metadata-lock and user-lock waits appear only in the processlist, with no holder named there.
        boolean unnamed = state.startsWith("Waiting for") && state.contains("lock");
        return new SessionView(executing, List.copyOf(s.blockers().getOrDefault(session, List.of())), unnamed && executing);
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
