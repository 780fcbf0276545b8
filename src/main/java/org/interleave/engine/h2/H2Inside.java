// Reads what H2 shows of a run's lanes on the slot's watcher: whether each has uncommitted changes, its blocker, table locks.
package org.interleave.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.LaneTransaction;
import org.interleave.engine.Inside.Lock;
import org.interleave.engine.Inside.LockKind;
import org.interleave.engine.Inside.WaitsFor;

/**
 * H2 (MVStore) keeps row locks inside its transaction store and shows none of them: INFORMATION_SCHEMA.SESSIONS gives
 * a session's state, whether it holds uncommitted changes and the session it waits for (BLOCKER_ID), and
 * INFORMATION_SCHEMA.LOCKS the table locks (READ for a plain change, EXCLUSIVE for DDL or LOCK TABLE). H2 gives a
 * session no transaction id that SQL can read, and shows no row versions.
 */
final class H2Inside {
    static final String CAVEAT = "H2 shows who waits for whom and its table locks, but not which rows are locked, a"
            + " transaction id, or row versions.";
    private static final String SESSIONS = "SELECT SESSION_ID, SESSION_STATE, CONTAINS_UNCOMMITTED, BLOCKER_ID"
            + " FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ?";
    private static final String LOCKS = "SELECT SESSION_ID, TABLE_NAME, LOCK_TYPE FROM INFORMATION_SCHEMA.LOCKS"
            + " WHERE TABLE_SCHEMA = '" + H2Slot.SCHEMA + "' ORDER BY SESSION_ID, TABLE_NAME";

    private H2Inside() {}

    static Inside read(Connection watcher, Map<Long, String> laneBySession) throws SQLException {
        Map<String, LaneTransaction> lanes = new LinkedHashMap<>();
        List<WaitsFor> waits = new ArrayList<>();
        List<Lock> locks = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        try (PreparedStatement ps = watcher.prepareStatement(SESSIONS)) {
            for (Map.Entry<Long, String> lane : laneBySession.entrySet()) {
                ps.setLong(1, lane.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        lanes.put(lane.getValue(), new LaneTransaction(lane.getValue(), "", "no session"));
                        continue;
                    }
                    String state = rs.getString(2);
                    boolean uncommitted = rs.getBoolean(3);
                    long blocker = rs.getLong(4);
                    boolean blocked = !rs.wasNull();
                    raw.add(lane.getValue() + " session " + lane.getKey() + " " + state + (uncommitted ? ", uncommitted changes" : "")
                            + (blocked ? ", blocked by session " + blocker : ""));
                    String words = blocked ? "waiting for a lock" : "RUNNING".equals(state) ? "running a statement"
                            : uncommitted ? "in a transaction with uncommitted changes" : "no uncommitted changes";
                    lanes.put(lane.getValue(), new LaneTransaction(lane.getValue(), "", words));
                    if (blocked) {
                        String holder = laneBySession.getOrDefault(blocker, WaitsFor.OTHER_SESSION);
                        waits.add(new WaitsFor(lane.getValue(), holder));
                        locks.add(new Lock(lane.getValue(), false, LockKind.TRANSACTION, holder + "'s transaction", "",
                                lane.getValue() + " waits for " + holder + " (H2 names the session, not the row)"));
                    }
                }
            }
        }
        try (PreparedStatement ps = watcher.prepareStatement(LOCKS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String lane = laneBySession.get(rs.getLong(1));
                if (lane == null) continue;
                String table = rs.getString(2);
                String type = rs.getString(3);
                raw.add(lane + " holds " + type + " on " + table);
                locks.add(new Lock(lane, true, LockKind.TABLE, "table " + table, type, lane + " holds a " + type + " lock on table " + table));
            }
        }
        return new Inside(List.copyOf(lanes.values()), locks, waits, raw, CAVEAT);
    }
}
