// One run's database on MariaDB: a slot of the pool, lent for the run, its waits read from the engine's lock monitor.
package org.interleave.engine.mariadb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.sql.Statement;
import org.interleave.engine.RunDatabase;
import org.interleave.engine.SlotPool;
import org.interleave.engine.TableShape;
import org.interleave.scenario.Isolation;

final class MariaRunDatabase implements RunDatabase {
    /** AUTO_INCREMENT values depend only on the order of inserts, so compared data leaves them out. */
    private static final String TABLES = "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.EXTRA LIKE '%auto_increment%'"
            + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
            + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'"
            + " WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION";

    private final SlotPool<MariaSlot> slots;
    private final MariaSlot slot;
    private final LockWaitMonitor monitor;
    private boolean closed;

    MariaRunDatabase(SlotPool<MariaSlot> slots, MariaSlot slot, LockWaitMonitor monitor) {
        this.slots = slots;
        this.slot = slot;
        this.monitor = monitor;
        monitor.join();
    }

    @Override
    public Connection connectAsScenarioUser() throws SQLException {
        return slot.lend();
    }

    @Override
    public long sessionId(Connection connection) throws SQLException {
        return slot.idOf(connection);
    }

    @Override
    public SessionView look(long sessionId, long notBeforeNanos) {
        return monitor.look(sessionId, notBeforeNanos);
    }

    /** From the lock monitor's next fresh reading of InnoDB's lock tables (at most a few hundred milliseconds away). */
    @Override
    public org.interleave.engine.Inside inside(java.util.Map<Long, String> laneBySession,
            java.util.Map<String, org.interleave.scenario.Isolation> levelByLane) {
        return monitor.inside(laneBySession, 3 * LockWaitMonitor.PERIOD_MILLIS + 100);
    }

    /**
     * By SQL, not by the driver: after COM_RESET_CONNECTION the driver still believes in the level it set before
     * and skips setting it again, while the server is back at its default.
     */
    @Override
    public void isolate(Connection connection, Isolation level) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL " + level.sqlName());
        }
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
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        monitor.leave();
        slot.cutLentSessions();
        slots.giveBack(slot);
    }
}
