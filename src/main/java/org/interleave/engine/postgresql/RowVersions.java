// Every version of every row of a run's tables, live or dead, committed or not, read with pageinspect on the watcher.
package org.interleave.engine.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Inside.RowVersion;

/**
 * {@code heap_page_items} (pageinspect, superuser only, shipped with the embedded binaries) lists each tuple of a page
 * with its {@code xmin} (the transaction that created it) and {@code xmax} (the one that deleted, updated or locked it;
 * a lock only when the infomask bit HEAP_XMAX_LOCK_ONLY is set). {@code pg_xact_status} says whether that transaction
 * committed, aborted or is still in progress. The values are decoded from the tuple's raw attributes (see
 * {@link OnDiskValues}). An xmax flagged HEAP_XMAX_IS_MULTI is a MultiXact: several transactions locked the row (two
 * lanes' FOR SHARE, a foreign key check beside an UPDATE); {@code pg_get_multixact_members} names them and says which
 * one, if any, changed it.
 */
final class RowVersions {
    private static final int XMAX_LOCK_ONLY = 0x0080;
    private static final int XMAX_INVALID = 0x0800;
    private static final int XMAX_IS_MULTI = 0x1000;
    /** Every column the table ever had: a tuple's raw attributes include dropped ones, in attnum order. */
    private static final String COLUMNS = "SELECT attname, atttypid::regtype::text, attisdropped,"
            + " CASE WHEN atthasmissing THEN attmissingval::text END FROM pg_attribute"
            + " WHERE attrelid = ? AND attnum > 0 ORDER BY attnum";
    private static final String TUPLES = "SELECT h.t_ctid::text, blk, h.lp, h.t_xmin::text, h.t_xmax::text, h.t_infomask,"
            + " pg_xact_status(h.t_xmin::text::xid8), CASE WHEN h.t_xmax::text = '0' OR h.t_infomask & 4096 <> 0 THEN NULL"
            + " ELSE pg_xact_status(h.t_xmax::text::xid8) END,"
            + " h.t_attrs, h.t_infomask2 & 2047 FROM generate_series(0, (pg_relation_size(?::regclass) / current_setting('block_size')::int)::int - 1) AS blk,"
            + " LATERAL " + PostgresInside.WATCH_SCHEMA + ".heap_page_item_attrs(" + PostgresInside.WATCH_SCHEMA
            + ".get_raw_page(?, blk), ?::regclass) h WHERE h.lp_flags = 1 ORDER BY blk, h.lp";

    private RowVersions() {}

    /** Installs pageinspect for the watcher; false where the account may not. */
    static boolean install(Connection watcher) {
        try (var s = watcher.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA " + PostgresInside.WATCH_SCHEMA);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The versions of the table, in page order; {@code laneByXid} names the lanes' current transactions, and
     * {@code snapshots} says which lanes see each version.
     */
    static List<RowVersion> of(Connection watcher, String schema, String table, long oid, Map<String, String> laneByXid,
            LaneSnapshots.Reading snapshots) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "dropped" : "", rs.getString(4)});
            }
        }
        String qualified = "\"" + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + "\"";
        List<Tuple> tuples = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(TUPLES)) {
            ps.setString(1, qualified);
            ps.setString(2, qualified);
            ps.setString(3, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int infomask = rs.getInt(6);
                    String xmax = rs.getString(5);
                    boolean noXmax = (infomask & XMAX_INVALID) != 0 || "0".equals(xmax);
                    tuples.add(new Tuple("(" + rs.getInt(2) + "," + rs.getInt(3) + ")", values(columns, rs.getArray(9), rs.getInt(10)),
                            new LaneSnapshots.TupleXids(rs.getString(4), rs.getString(7), noXmax ? "" : xmax,
                                    noXmax ? "" : rs.getString(8), !noXmax && (infomask & XMAX_LOCK_ONLY) != 0),
                            !noXmax && (infomask & XMAX_IS_MULTI) != 0));
                }
            }
        }
        List<RowVersion> versions = new ArrayList<>();
        for (Tuple t : tuples) {
            LaneSnapshots.TupleXids xids = t.xids();
            String endedBy = xids.xmax().isEmpty() ? "" : who(xids.xmax(), laneByXid);
            String endedStatus = status(xids.xmaxStatus());
            if (t.multi()) {
                Multi m = members(watcher, xids.xmax(), laneByXid);
                xids = new LaneSnapshots.TupleXids(xids.xmin(), xids.xminStatus(), m.updater(), m.updaterStatus(), xids.lockOnly());
                endedBy = m.names();
                endedStatus = m.status();
            }
            versions.add(new RowVersion(table, t.at(), t.values(), who(xids.xmin(), laneByXid), status(xids.xminStatus()),
                    endedBy, endedStatus, xids.lockOnly(), snapshots.seenBy(xids)));
        }
        return versions;
    }

    private record Tuple(String at, Map<String, String> values, LaneSnapshots.TupleXids xids, boolean multi) {}

    /**
     * A MultiXact's members: who they are in words, the one that changed the row (its xid and raw status; "" when they
     * only locked it), and their status in words.
     */
    private record Multi(String names, String updater, String updaterStatus, String status) {}

    private static Multi members(Connection watcher, String multi, Map<String, String> laneByXid) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        String updater = "";
        String updaterStatus = "";
        try (PreparedStatement ps = watcher.prepareStatement("SELECT m.xid::text, m.mode, pg_xact_status(m.xid::text::xid8)"
                + " FROM pg_get_multixact_members(?::xid) m")) {
            ps.setString(1, multi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = who(rs.getString(1), laneByXid);
                    if (!names.contains(name)) names.add(name);
                    String status = status(rs.getString(3));
                    if (!statuses.contains(status)) statuses.add(status);
                    // "nokeyupd" and "upd": the member that updated or deleted the row, the others locked it
                    if (rs.getString(2).endsWith("upd") && !rs.getString(2).startsWith("for")) {
                        updater = rs.getString(1);
                        updaterStatus = rs.getString(3);
                    }
                }
            }
        } catch (SQLException e) {
            // a MultiXact old enough to be truncated: its members are gone, and so is any lock they held
            return new Multi("several transactions", "", "", "some may still be open");
        }
        return new Multi(String.join(" and ", names), updater, updaterStatus,
                statuses.size() == 1 ? statuses.get(0) : "some " + String.join(", some ", statuses));
    }

    private static String who(String xid, Map<String, String> laneByXid) {
        String lane = laneByXid.get(xid);
        return lane != null ? lane : "transaction " + xid;
    }

    private static String status(String xactStatus) {
        if (xactStatus == null) return "";
        return switch (xactStatus) {
            case "committed" -> "committed";
            case "aborted" -> "rolled back";
            case "in progress" -> "not committed";
            default -> xactStatus;
        };
    }

    /**
     * A tuple written before a column was added holds fewer attributes ({@code stored}: HEAP_NATTS_MASK of t_infomask2;
     * pageinspect gives the rest as NULL): the missing ones take the column's default then.
     */
    private static Map<String, String> values(List<String[]> columns, Array attrs, int stored) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        Object[] raw = attrs == null ? new Object[0] : (Object[]) attrs.getArray();
        for (int i = 0; i < columns.size(); i++) {
            String[] column = columns.get(i);
            if (!column[2].isEmpty()) continue;
            byte[] bytes = i < raw.length ? (byte[]) raw[i] : null;
            values.put(column[0], i >= Math.min(raw.length, stored) ? OnDiskValues.missingValue(column[3])
                    : bytes == null ? "NULL" : OnDiskValues.decode(column[1], bytes));
        }
        return values;
    }
}
