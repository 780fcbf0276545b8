// Reads what PostgreSQL holds for a run's lanes, on the slot's watcher: transactions, row and table locks, waits.
package org.interleave.engine.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.LaneTransaction;
import org.interleave.engine.Inside.Lock;
import org.interleave.engine.Inside.LockKind;
import org.interleave.engine.Inside.WaitsFor;
import org.interleave.scenario.Isolation;

/**
 * Where each fact comes from (all on the privileged watcher, none from a lane's session):
 * <ul>
 * <li>a lane's transaction id and state: {@code pg_stat_activity.backend_xid} and {@code state}; PostgreSQL gives a
 * transaction an id only when it first writes or locks a row, so a transaction that has only read shows none;</li>
 * <li>who waits for whom: {@code pg_blocking_pids};</li>
 * <li>row locks: PostgreSQL keeps them in the row itself (its xmax), not in {@code pg_locks}, so they are read with the
 * {@code pgrowlocks} extension (shipped with the embedded server, installed by the slot in a schema the lanes cannot
 * use), joined to the row by its {@code ctid} to name it by its primary key;</li>
 * <li>a wait for a row shows in {@code pg_locks} as an ungranted {@code transactionid} lock: the waiter waits for the
 * transaction that locked or changed the row to end; the lane holding that transaction id is the holder;</li>
 * <li>table locks: {@code pg_locks} rows of type {@code relation} on the run's tables. ACCESS SHARE, ROW SHARE and
 * ROW EXCLUSIVE, which every SELECT, SELECT FOR UPDATE and UPDATE takes, are listed only among the raw rows.</li>
 * </ul>
 * pgrowlocks takes the table's ACCESS SHARE lock, so it is read with a lock timeout of {@value #ROW_LOCK_TIMEOUT}: behind a
 * lane's pending ALTER TABLE the row locks of that table are left out, with a sentence saying so.
 */
final class PostgresInside {
    static final String WATCH_SCHEMA = "interleave_watch";
    private static final String ROW_LOCK_TIMEOUT = "100ms";
    private static final String SESSIONS = "SELECT pid, coalesce(backend_xid::text, ''), coalesce(state, ''),"
            + " coalesce(wait_event_type, ''), pg_blocking_pids(pid), coalesce(backend_xmin::text, ''),"
            + " coalesce(xact_start::text, ''), coalesce(query_start::text, ''), pg_current_snapshot()::text"
            + " FROM pg_stat_activity WHERE pid = ANY(?)";
    private static final String LOCKS = "SELECT l.pid, l.locktype, l.mode, l.granted, coalesce(c.relname, ''),"
            + " coalesce(n.nspname, '') = ? AND c.relkind IN ('r', 'p'), l.page, l.tuple, coalesce(l.transactionid::text, ''),"
            + " coalesce(l.virtualxid, '') FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation"
            + " LEFT JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = ANY(?)"
            + " ORDER BY l.pid, l.granted DESC, l.locktype, c.relname";
    private static final String TABLES = "SELECT c.relname, c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY c.relname"; // a partitioned table's rows live in its partitions
    private static final String PRIMARY_KEY = "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
            + " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ? AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)";

    private final Connection watcher;
    private final String schema;
    private final boolean rowLocksReadable;
    private final boolean versionsReadable;
    private final List<org.interleave.engine.Inside.RowVersion> versions = new ArrayList<>();
    private final Map<Long, String> laneByPid;
    private final Map<String, Isolation> levelByLane;
    private final LaneSnapshots snapshots;
    private LaneSnapshots.Reading seen = LaneSnapshots.Reading.none();
    private final Map<String, String> laneByXid = new HashMap<>();
    private final List<Lock> locks = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final List<String> caveats = new ArrayList<>();

    private PostgresInside(Connection watcher, String schema, boolean rowLocksReadable, boolean versionsReadable,
            Map<Long, String> laneByPid, Map<String, Isolation> levelByLane, LaneSnapshots snapshots) {
        this.watcher = watcher;
        this.schema = schema;
        this.rowLocksReadable = rowLocksReadable;
        this.versionsReadable = versionsReadable;
        this.laneByPid = laneByPid;
        this.levelByLane = levelByLane;
        this.snapshots = snapshots;
    }

    /** Installs pgrowlocks for the watcher; false where the account may not (a server of the user's without superuser). */
    static boolean installRowLocks(Connection watcher) {
        try (Statement s = watcher.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + WATCH_SCHEMA + "; REVOKE ALL ON SCHEMA " + WATCH_SCHEMA + " FROM PUBLIC;"
                    + " CREATE EXTENSION IF NOT EXISTS pgrowlocks SCHEMA " + WATCH_SCHEMA);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * {@code levelByLane} is each lane's isolation level now; {@code snapshots} follows the run's lanes from reading
     * to reading (see {@link LaneSnapshots}).
     */
    static Inside read(Connection watcher, String schema, boolean rowLocksReadable, boolean versionsReadable, Map<Long, String> laneByPid,
            Map<String, Isolation> levelByLane, LaneSnapshots snapshots) throws SQLException {
        return new PostgresInside(watcher, schema, rowLocksReadable, versionsReadable, laneByPid, levelByLane, snapshots).read();
    }

    /** After a step's answer: takes note of the lanes' snapshots only (see {@link LaneSnapshots}). */
    static void followSnapshots(Connection watcher, Map<Long, String> laneByPid, Map<String, Isolation> levelByLane,
            LaneSnapshots snapshots) throws SQLException {
        List<LaneSnapshots.Session> sessions = new ArrayList<>();
        String watcherSnapshot = null;
        try (PreparedStatement ps = watcher.prepareStatement(SESSIONS)) {
            ps.setArray(1, watcher.createArrayOf("int4", laneByPid.keySet().stream().map(Long::intValue).toArray(Integer[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.add(session(rs, laneByPid.get(rs.getLong(1)), levelByLane));
                    watcherSnapshot = rs.getString(9);
                }
            }
        }
        if (watcherSnapshot != null) snapshots.read(watcherSnapshot, sessions, Map.of());
    }

    /** pg_stat_activity lists sessions as it likes; a lane's kept session may be older than the lane before it. */
    private static void inLaneOrder(List<LaneSnapshots.Session> sessions, Map<Long, String> laneByPid) {
        List<String> order = new ArrayList<>(laneByPid.values());
        sessions.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.lane())));
    }

    /** A row of {@link #SESSIONS} as {@link LaneSnapshots} needs it. */
    private static LaneSnapshots.Session session(ResultSet rs, String lane, Map<String, Isolation> levelByLane) throws SQLException {
        Isolation level = levelByLane.getOrDefault(lane, Isolation.READ_COMMITTED);
        // PostgreSQL's REPEATABLE READ and SERIALIZABLE keep their first statement's snapshot to the end
        boolean wholeTransaction = level == Isolation.REPEATABLE_READ || level == Isolation.SERIALIZABLE;
        return new LaneSnapshots.Session(rs.getLong(1), lane, rs.getString(3), rs.getString(6), rs.getString(7), rs.getString(8),
                wholeTransaction);
    }

    private Inside read() throws SQLException {
        Integer[] pids = laneByPid.keySet().stream().map(Long::intValue).toArray(Integer[]::new);
        Map<String, LaneTransaction> lanes = new java.util.LinkedHashMap<>();
        for (String lane : laneByPid.values()) lanes.put(lane, new LaneTransaction(lane, "", "no session"));
        List<WaitsFor> waits = new ArrayList<>();
        List<LaneSnapshots.Session> sessions = new ArrayList<>();
        String watcherSnapshot = null;
        boolean anyTransaction = false;
        try (PreparedStatement ps = watcher.prepareStatement(SESSIONS)) {
            ps.setArray(1, watcher.createArrayOf("int4", pids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String lane = laneByPid.get(rs.getLong(1));
                    String xid = rs.getString(2);
                    if (!xid.isEmpty()) laneByXid.put(xid, lane);
                    String state = stateInWords(rs.getString(3), rs.getString(4));
                    anyTransaction |= !rs.getString(3).equals("idle");
                    lanes.put(lane, new LaneTransaction(lane, xid, state));
                    for (long blocker : ints(rs.getArray(5))) waits.add(new WaitsFor(lane, laneByPid.getOrDefault(blocker, WaitsFor.OTHER_SESSION)));
                    sessions.add(session(rs, lane, levelByLane));
                    watcherSnapshot = rs.getString(9);
                }
            }
        }
        readSubtransactionIds(pids);
        inLaneOrder(sessions, laneByPid);
        if (watcherSnapshot != null) {
            seen = snapshots.read(watcherSnapshot, sessions, laneByXid);
            if (versionsReadable) lanes.replaceAll((lane, t) -> new LaneTransaction(lane, t.transactionId(), t.state(), seen.words(lane)));
        }
        if (anyTransaction && rowLocksReadable || versionsReadable) readTables(anyTransaction && rowLocksReadable);
        readLockTable(pids);
        String caveat = String.join(" ", caveats);
        if (!rowLocksReadable) caveat = (caveat + " Row locks are not shown: the account given cannot install pgrowlocks.").trim();
        if (!versionsReadable) caveat = (caveat + " Row versions are not shown: the account given cannot install pageinspect.").trim();
        return new Inside(List.copyOf(lanes.values()), locks, waits, raw, caveat, versions);
    }

    /**
     * After a SAVEPOINT a lane writes under a subtransaction's id, which rows and waiters then name; each lane holds
     * its own (sub)transaction ids as granted transactionid locks, so those name the lane too.
     */
    private void readSubtransactionIds(Integer[] pids) throws SQLException {
        try (PreparedStatement ps = watcher.prepareStatement("SELECT pid, transactionid::text FROM pg_locks"
                + " WHERE locktype = 'transactionid' AND granted AND mode = 'ExclusiveLock' AND pid = ANY(?)")) {
            ps.setArray(1, watcher.createArrayOf("int4", pids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) laneByXid.putIfAbsent(rs.getString(2), laneByPid.get(rs.getLong(1)));
            }
        }
    }

    private static String stateInWords(String state, String waitEventType) {
        return switch (state) {
            case "idle" -> "no transaction";
            case "idle in transaction" -> "in a transaction";
            case "idle in transaction (aborted)" -> "in an aborted transaction (only ROLLBACK is accepted)";
            case "active" -> waitEventType.equals("Lock") ? "waiting for a lock" : "running a statement";
            default -> state;
        };
    }

    private void readLockTable(Integer[] pids) throws SQLException {
        try (PreparedStatement ps = watcher.prepareStatement(LOCKS)) {
            ps.setString(1, schema);
            ps.setArray(2, watcher.createArrayOf("int4", pids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String lane = laneByPid.get(rs.getLong(1));
                    String type = rs.getString(2);
                    String mode = rs.getString(3);
                    boolean granted = rs.getBoolean(4);
                    String table = rs.getString(5);
                    boolean runTable = rs.getBoolean(6);
                    String xid = rs.getString(9);
                    raw.add(lane + " " + (granted ? "holds" : "awaits") + " " + type + " " + mode
                            + (table.isEmpty() ? "" : " on " + table) + (rs.getObject(7) == null ? "" : " page " + rs.getInt(7))
                            + (rs.getObject(8) == null ? "" : " tuple " + rs.getInt(8)) + (xid.isEmpty() ? "" : " xid " + xid)
                            + (rs.getString(10).isEmpty() ? "" : " vxid " + rs.getString(10)));
                    lockInWords(lane, type, mode, granted, table, runTable, xid);
                }
            }
        }
    }

    private void lockInWords(String lane, String type, String mode, boolean granted, String table, boolean runTable, String xid) {
        String modeWords = modeInWords(mode);
        if (type.equals("transactionid") && !granted) {
            String holder = laneByXid.getOrDefault(xid, WaitsFor.OTHER_SESSION);
            String holderWords = holder.equals(WaitsFor.OTHER_SESSION) ? "another session's transaction" : holder + "'s transaction";
            locks.add(new Lock(lane, false, LockKind.TRANSACTION, holderWords, mode,
                    lane + " waits for " + holderWords + " to end (it locked or changed the row " + lane + " needs)"));
        } else if (type.equals("tuple") && !granted && runTable) {
            locks.add(new Lock(lane, false, LockKind.ROW, "a row of " + table, mode, lane + " waits in line for a row of " + table));
        } else if (type.equals("relation") && runTable && (!granted || strongTableLock(mode))) {
            locks.add(new Lock(lane, granted, LockKind.TABLE, "table " + table, mode, lane + (granted ? " holds " : " waits for ")
                    + "a " + modeWords + " lock on table " + table));
        }
    }

    /** The table locks every plain statement takes, which tell a student nothing. */
    private static boolean strongTableLock(String mode) {
        return !mode.equals("AccessShareLock") && !mode.equals("RowShareLock") && !mode.equals("RowExclusiveLock");
    }

    /** "AccessExclusiveLock" as PostgreSQL's documentation and LOCK TABLE spell it: ACCESS EXCLUSIVE. */
    static String modeInWords(String mode) {
        String name = mode.endsWith("Lock") ? mode.substring(0, mode.length() - 4) : mode;
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }

    private void readTables(boolean rowLocks) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(TABLES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        boolean autoCommit = watcher.getAutoCommit();
        watcher.setAutoCommit(false);
        try {
            try (Statement s = watcher.createStatement()) {
                // pageinspect's SQL wrappers call its other functions unqualified
                s.execute("SET LOCAL lock_timeout = '" + ROW_LOCK_TIMEOUT + "'; SET LOCAL search_path = " + WATCH_SCHEMA);
            }
            for (String[] table : tables) {
                if (rowLocks && !rowLocksOf(table[0], Long.parseLong(table[1]))) break;
                // pageinspect reads the pages through the buffer cache and takes ACCESS SHARE too
                if (versionsReadable && !versionsOf(table[0], Long.parseLong(table[1]))) break;
            }
        } finally {
            watcher.rollback();
            watcher.setAutoCommit(autoCommit);
        }
    }

    /** False when the table could not be read in time (the transaction is then aborted, so no further table is read). */
    private boolean rowLocksOf(String table, long oid) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(PRIMARY_KEY)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) key.add(rs.getString(1));
            }
        }
        String qualified = quote(schema) + "." + quote(table);
        StringBuilder sql = new StringBuilder("SELECT l.locked_row::text, l.modes, l.pids");
        for (String column : key) sql.append(", t.").append(quote(column)).append("::text");
        sql.append(" FROM ").append(WATCH_SCHEMA).append(".pgrowlocks(?) l LEFT JOIN ").append(qualified)
                .append(" t ON t.ctid = l.locked_row ORDER BY l.locked_row");
        try (PreparedStatement ps = watcher.prepareStatement(sql.toString())) {
            ps.setString(1, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String row = rowName(table, key, rs);
                    Object[] modes = (Object[]) rs.getArray(2).getArray();
                    List<Long> pids = ints(rs.getArray(3));
                    for (int i = 0; i < pids.size(); i++) {
                        String lane = laneByPid.getOrDefault(pids.get(i), WaitsFor.OTHER_SESSION);
                        String mode = i < modes.length ? String.valueOf(modes[i]) : "";
                        locks.add(new Lock(lane, true, LockKind.ROW, row, mode, lane + " holds a row lock on " + row + " (" + rowModeInWords(mode) + ")"));
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            caveats.add("The row locks of " + table + " are not shown: " + ("55P03".equals(e.getSQLState())
                    ? "a lane waits for a lock on the whole table." : "they could not be read (" + e.getMessage() + ")."));
            return false;
        }
    }

    /** False when the table could not be read in time (the transaction is then aborted). */
    private boolean versionsOf(String table, long oid) throws SQLException {
        try {
            versions.addAll(RowVersions.of(watcher, schema, table, oid, laneByXid, seen));
            return true;
        } catch (SQLException e) {
            caveats.add("The row versions of " + table + " are not shown: " + ("55P03".equals(e.getSQLState())
                    ? "a lane waits for a lock on the whole table." : "they could not be read (" + e.getMessage() + ")."));
            return false;
        }
    }

    private static String rowName(String table, List<String> key, ResultSet rs) throws SQLException {
        if (key.isEmpty() || rs.getString(4) == null) return table + " row " + rs.getString(1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) parts.add(key.get(i) + " = " + rs.getString(4 + i));
        return table + " " + String.join(", ", parts);
    }

    /** pgrowlocks' mode names, as the statement that takes them is written. */
    static String rowModeInWords(String mode) {
        return switch (mode) {
            case "For Update" -> "FOR UPDATE";
            case "For No Key Update" -> "FOR NO KEY UPDATE";
            case "For Share" -> "FOR SHARE";
            case "For Key Share" -> "FOR KEY SHARE";
            case "No Key Update", "Update" -> "it changed the row: held until it commits or rolls back";
            default -> mode;
        };
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<Long> ints(Array array) throws SQLException {
        if (array == null) return List.of();
        List<Long> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) values.add(((Number) o).longValue());
        return values;
    }
}
