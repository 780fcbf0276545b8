// The lane sessions of one pooled run database: lent to a run, taken back reset, kept for the next run or closed.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A server engine's sessions cost milliseconds to open (and authenticate); a reset one costs a round trip. */
public final class KeptSessions {
    /** Opens a new session. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws SQLException;
    }

    /** Makes a kept session as good as new: whatever a run left in it is gone. */
    @FunctionalInterface
    public interface Resetter {
        void reset(Connection c) throws SQLException;
    }

    private final Opener opener;
    private final String idQuery;
    private final Resetter resetter;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final Map<Connection, Long> ids = new IdentityHashMap<>();
    private final Set<Connection> lent = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param idQuery  a query answering the session's id on the server (e.g. SELECT pg_backend_pid())
     * @param resetter run on a session taken back, after its rollback, in autocommit
     */
    public KeptSessions(Opener opener, String idQuery, Resetter resetter) {
        this.opener = opener;
        this.idQuery = idQuery;
        this.resetter = resetter;
    }

    /** A kept session when there is one, else a new one. */
    public synchronized Connection lend() throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = opener.open();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(idQuery)) {
                rs.next();
                ids.put(c, rs.getLong(1));
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        lent.add(c);
        return c;
    }

    public synchronized long idOf(Connection c) throws SQLException {
        Long id = ids.get(c);
        if (id == null) throw new SQLException("not a session of this run database");
        return id;
    }

    /** Takes a session back: rolled back and reset, and kept when {@code keep}; a broken one is closed. */
    public synchronized void takeBack(Connection c, boolean keep) {
        lent.remove(c);
        try {
            if (keep && !c.isClosed()) {
                if (!c.getAutoCommit()) c.rollback();
                c.setAutoCommit(true);
                resetter.reset(c);
                idle.push(c);
                return;
            }
        } catch (SQLException | RuntimeException broken) {
            // closed below
        }
        ids.remove(c);
        closeQuietly(c);
    }

    /** How many sessions are lent out now. */
    public synchronized int lentCount() {
        return lent.size();
    }

    /** The server ids of the sessions still lent out, forgotten here: the caller cuts them on the server. */
    public synchronized List<Long> forgetLent() {
        List<Long> cut = new ArrayList<>();
        for (Connection c : lent) {
            Long id = ids.remove(c);
            if (id != null) cut.add(id);
        }
        lent.clear();
        return cut;
    }

    /** Closes every kept session; those still lent out are forgotten (see {@link #forgetLent()}). */
    public synchronized void closeAll() {
        for (Connection c : idle) closeQuietly(c);
        idle.clear();
        ids.clear();
        lent.clear();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }
}
