// One run's database on PostgreSQL: a slot of the pool, lent for the run and reset when it is handed back.
package org.interleave.engine.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.SlotPool;
import org.interleave.engine.TableShape;

final class PostgresRunDatabase implements RunDatabase {
    /**
     * The tables of the run's schema and their columns; a column counts as generated when the database fills it
     * from a sequence (identity or SERIAL), whose values depend only on the order of inserts.
     */
    private static final String TABLES = "SELECT c.relname, a.attname,"
            + " a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%' AS generated"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum";

    private final SlotPool<RunSlot> slots;
    private final RunSlot slot;
    /** The lanes' snapshots, followed from one reading of this run to the next. */
    private final LaneSnapshots snapshots = new LaneSnapshots();
    private boolean closed;

    PostgresRunDatabase(SlotPool<RunSlot> slots, RunSlot slot) {
        this.slots = slots;
        this.slot = slot;
    }

    @Override
    public Connection connectAsScenarioUser() throws SQLException {
        return slot.lend();
    }

    @Override
    public long sessionId(Connection connection) throws SQLException {
        return slot.pidOf(connection);
    }

    @Override
    public SessionView look(long sessionId, long notBeforeNanos) throws SQLException {
        return slot.look(sessionId);
    }

    @Override
    public void stepAnswered(java.util.Map<Long, String> laneBySession, java.util.Map<String, org.interleave.scenario.Isolation> levelByLane)
            throws SQLException {
        slot.followSnapshots(laneBySession, levelByLane, snapshots);
    }

    @Override
    public org.interleave.engine.Inside inside(java.util.Map<Long, String> laneBySession,
            java.util.Map<String, org.interleave.scenario.Isolation> levelByLane) throws SQLException {
        return slot.inside(laneBySession, levelByLane, snapshots);
    }

    @Override
    public synchronized void release(Connection connection) {
        slot.takeBack(connection, !closed);
    }

    @Override
    public List<TableShape> tables(Connection connection, boolean withoutGenerated) throws SQLException {
        return TableShape.fromCatalog(connection, TABLES, withoutGenerated);
    }

    @Override
    public String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Cuts a lane still lent out (one that was waiting), then resets the slot and hands it back to the pool. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        slot.cutLentSessions();
        slots.giveBack(slot);
    }
}
