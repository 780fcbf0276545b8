// Every version of every row of a run's tables, live or dead, committed or not, read with pageinspect on the watcher.
package org.interleave.engine.postgresql;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
 * committed, aborted or is still in progress. The values are decoded from the tuple's raw attributes for the types a
 * course's tables use (integers, booleans, floating point, text); any other type shows as "…".
 */
final class RowVersions {
    private static final int XMAX_LOCK_ONLY = 0x0080;
    private static final int XMAX_INVALID = 0x0800;
    private static final int XMAX_IS_MULTI = 0x1000;
    /** Every column the table ever had: a tuple's raw attributes include dropped ones, in attnum order. */
    private static final String COLUMNS = "SELECT attname, atttypid::regtype::text, attisdropped FROM pg_attribute"
            + " WHERE attrelid = ? AND attnum > 0 ORDER BY attnum";
    private static final String TUPLES = "SELECT h.t_ctid::text, blk, h.lp, h.t_xmin::text, h.t_xmax::text, h.t_infomask,"
            + " pg_xact_status(h.t_xmin::text::xid8), CASE WHEN h.t_xmax::text = '0' OR h.t_infomask & 4096 <> 0 THEN NULL"
            + " ELSE pg_xact_status(h.t_xmax::text::xid8) END,"
            + " h.t_attrs FROM generate_series(0, (pg_relation_size(?::regclass) / current_setting('block_size')::int)::int - 1) AS blk,"
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

    /** The versions of the table, in page order; {@code laneByXid} names the lanes' current transactions. */
    static List<RowVersion> of(Connection watcher, String schema, String table, long oid, Map<String, String> laneByXid) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "dropped" : ""});
            }
        }
        String qualified = "\"" + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + "\"";
        List<RowVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(TUPLES)) {
            ps.setString(1, qualified);
            ps.setString(2, qualified);
            ps.setString(3, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String at = "(" + rs.getInt(2) + "," + rs.getInt(3) + ")";
                    int infomask = rs.getInt(6);
                    String xmin = rs.getString(4);
                    String xmax = rs.getString(5);
                    boolean noXmax = (infomask & XMAX_INVALID) != 0 || "0".equals(xmax);
                    boolean multi = (infomask & XMAX_IS_MULTI) != 0;
                    Map<String, String> values = values(columns, rs.getArray(9));
                    // a MultiXact: several transactions share the row (FOR SHARE by two lanes, a foreign key check)
                    String endedBy = noXmax ? "" : multi ? "several transactions" : who(xmax, laneByXid);
                    versions.add(new RowVersion(table, at, values, who(xmin, laneByXid), status(rs.getString(7)),
                            endedBy, noXmax ? "" : multi ? "some may still be open" : status(rs.getString(8)),
                            !noXmax && (infomask & XMAX_LOCK_ONLY) != 0));
                }
            }
        }
        return versions;
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

    /** A tuple written before a column was added holds fewer attributes: the missing ones show as "…" (its default). */
    private static Map<String, String> values(List<String[]> columns, Array attrs) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        Object[] raw = attrs == null ? new Object[0] : (Object[]) attrs.getArray();
        for (int i = 0; i < columns.size(); i++) {
            String[] column = columns.get(i);
            if (!column[2].isEmpty()) continue;
            byte[] bytes = i < raw.length ? (byte[]) raw[i] : null;
            values.put(column[0], i >= raw.length ? "…" : bytes == null ? "NULL" : decode(column[1], bytes));
        }
        return values;
    }

    /** A value in PostgreSQL's on-disk form (this machine's byte order: little-endian on the platforms it ships for). */
    static String decode(String type, byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return switch (type) {
                case "smallint" -> String.valueOf(buf.getShort());
                case "integer" -> String.valueOf(buf.getInt());
                case "bigint" -> String.valueOf(buf.getLong());
                case "boolean" -> b[0] != 0 ? "true" : "false";
                case "real" -> String.valueOf(buf.getFloat());
                case "double precision" -> String.valueOf(buf.getDouble());
                case "text", "character varying" -> text(b);
                case "name" -> nulTerminated(b);
                case "character" -> text(b).stripTrailing();
                default -> "…";
            };
        } catch (RuntimeException e) {
            return "…";
        }
    }

    /** {@code name}: a fixed 64-byte field padded with NUL bytes. */
    private static String nulTerminated(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) end++;
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** A varlena: a 1-byte header (low bit set: length in the upper seven bits) or a 4-byte one (length >> 2). */
    private static String text(byte[] b) {
        if ((b[0] & 0x01) == 1) {
            if ((b[0] & 0xff) == 0x01) return "…"; // a TOAST pointer
            int length = (b[0] & 0xff) >> 1;
            return new String(b, 1, length - 1, StandardCharsets.UTF_8);
        }
        int header = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if ((header & 0x02) != 0) return "…"; // compressed
        int length = header >>> 2;
        return new String(b, 4, length - 4, StandardCharsets.UTF_8);
    }
}
