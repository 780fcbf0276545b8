// One throwaway database for one run: connections for lanes and checks, a watcher that sees who waits, its tables.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

public interface RunDatabase extends AutoCloseable {
    /** A new connection as the unprivileged scenario user, in the run's schema, with a long lock timeout. */
    Connection connectAsScenarioUser() throws SQLException;

    /** The database's id for the session of {@code connection}; call before the first transaction starts. */
    long sessionId(Connection connection) throws SQLException;

    /** Sets the isolation level a lane's transactions run at; before its first transaction. */
    default void isolate(Connection connection, org.interleave.scenario.Isolation level) throws SQLException {
        connection.setTransactionIsolation(level.jdbcLevel());
    }

    /**
     * Takes back a connection of this database when its run ends, rolled back; the engine may keep it for the next
     * run (after resetting the session) or close it. Never waits for a lock.
     */
    default void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already closed or cut by the database ending
        }
    }

    /**
     * What the watcher sees of a session now. An engine that reads a cached view of its locks answers only with
     * what it saw after {@code notBeforeNanos} (System.nanoTime), else that the session is busy with no blocker known.
     */
    SessionView look(long sessionId, long notBeforeNanos) throws SQLException;

    /**
     * What the database holds now (each lane's transaction, locks held and awaited, who waits for whom), read by the
     * watcher alone, never by a lane's session, so that reading it changes nothing a lane does. {@code laneBySession}
     * maps each lane's session id to its lane, in lane order; {@code levelByLane} gives the isolation level each lane's
     * transaction runs at now (by lane id), which an engine needs to say what each lane's snapshot sees. Never waits
     * long for a lock.
     */
    default Inside inside(java.util.Map<Long, String> laneBySession, java.util.Map<String, org.interleave.scenario.Isolation> levelByLane)
            throws SQLException {
        return Inside.notShown("This database does not show its locks here.");
    }

    /**
     * In a run someone watches, after each step's answer (done, or waiting), while no other step runs: an engine that
     * must see its sessions between steps to tell later what they hold (PostgreSQL: each lane's snapshot, see
     * {@link #inside(java.util.Map, java.util.Map)}) looks now, on the watcher. Nothing by default.
     */
    default void stepAnswered(java.util.Map<Long, String> laneBySession, java.util.Map<String, org.interleave.scenario.Isolation> levelByLane)
            throws SQLException {}

    /**
     * The run's tables and their columns, read from the catalog on {@code connection}, sorted by name. With
     * {@code withoutGenerated} the columns whose values the database generates (identity, SERIAL) are left out.
     */
    List<TableShape> tables(Connection connection, boolean withoutGenerated) throws SQLException;

    /** The primary key columns of {@code table} (named as the catalog stores it), in key order; empty when it has none. */
    default List<String> primaryKey(Connection connection, String table) throws SQLException {
        java.util.TreeMap<Short, String> columns = new java.util.TreeMap<>();
        try (java.sql.ResultSet rs = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        return List.copyOf(columns.values());
    }

    /** A table or column name quoted for this engine's SQL. */
    String quote(String name);

    /** Ends the database (or hands it back to the engine's pool, reset); connections still open are cut. Never waits for a lock. */
    @Override
    void close();

    /**
     * @param executing    a statement of the session is running
     * @param blockers     the sessions it waits for, as far as the database reports them (several for a shared lock)
     * @param waitsUnnamed the database says the statement waits for a lock but names no holder (a metadata lock)
     */
    record SessionView(boolean executing, List<Long> blockers, boolean waitsUnnamed) {
        public static final SessionView IDLE = new SessionView(false, List.of(), false);

        public SessionView(boolean executing, List<Long> blockers) {
            this(executing, blockers, false);
        }
    }
}
