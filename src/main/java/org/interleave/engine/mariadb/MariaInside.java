// What MariaDB shows of the run's lanes: each lane's InnoDB transaction, its row locks, and who waits for whom.
package org.interleave.engine.mariadb;

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
 * Measured on MariaDB 10.11 (information_schema): innodb_trx lists each open transaction with its id, its state
 * (RUNNING, LOCK WAIT) and how many rows it has locked and changed; innodb_locks lists locks only while some
 * transaction waits for one, the holder's and the waiter's both (mode X or S, the index, and the key as lock_data).
 * So a row lock nobody waits for is told by its count. All three tables are one cache, read by LockWaitMonitor.
 */
final class MariaInside {
    static final String CAVEAT = "MariaDB names a locked row only while another transaction waits for it (otherwise it counts"
            + " the rows a transaction has locked), and shows no row versions.";

    /** One transaction InnoDB lists. */
    record Trx(long thread, String id, String state, long rowsLocked, long rowsModified) {}

    /** One lock InnoDB lists: held, or waited for ({@code waiting}). */
    record RowLock(long thread, String mode, String type, String table, String index, String data, boolean waiting) {}

    private MariaInside() {}

    static Inside of(Map<Long, String> laneBySession, List<Trx> trx, List<RowLock> locks, Map<Long, List<Long>> blockers,
            Map<Long, String> command, boolean fresh) {
        Map<String, LaneTransaction> lanes = new LinkedHashMap<>();
        List<Lock> said = new ArrayList<>();
        List<WaitsFor> waits = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (Map.Entry<Long, String> lane : laneBySession.entrySet()) {
            Trx t = trx.stream().filter(x -> x.thread() == lane.getKey()).findFirst().orElse(null);
            String name = lane.getValue();
            if (t == null) {
                lanes.put(name, new LaneTransaction(name, "", "no transaction"));
                continue;
            }
            raw.add(name + " trx " + t.id() + " " + t.state() + ", rows locked " + t.rowsLocked() + ", rows modified " + t.rowsModified());
            boolean running = "Query".equals(command.get(lane.getKey())) || "Execute".equals(command.get(lane.getKey()));
            lanes.put(name, new LaneTransaction(name, t.id(), "LOCK WAIT".equals(t.state()) ? "waiting for a lock"
                    : running ? "running a statement" : "in a transaction"));
            boolean named = false;
            for (RowLock l : locks) {
                if (l.thread() != lane.getKey()) continue;
                named |= !l.waiting();
                boolean row = "RECORD".equals(l.type());
                String target = row ? table(l.table()) + " row with " + key(l.index()) + " " + l.data() : "table " + table(l.table());
                raw.add(name + (l.waiting() ? " awaits " : " holds ") + l.type() + " " + l.mode() + " on " + l.table() + " " + l.index()
                        + " = " + l.data());
                said.add(new Lock(name, !l.waiting(), row ? LockKind.ROW : LockKind.TABLE, target, l.mode(),
                        name + (l.waiting() ? " waits for " : " holds ") + modeWords(l.mode()) + " lock on " + target));
            }
            if (!named && t.rowsLocked() > 0 && !"LOCK WAIT".equals(t.state())) {
                said.add(new Lock(name, true, LockKind.ROW, t.rowsLocked() + (t.rowsLocked() == 1 ? " row" : " rows"), "",
                        name + " holds row locks on " + t.rowsLocked() + (t.rowsLocked() == 1 ? " row" : " rows")
                                + " (MariaDB names the rows only while someone waits for them)"));
            }
            for (long blocker : blockers.getOrDefault(lane.getKey(), List.of())) {
                waits.add(new WaitsFor(name, laneBySession.getOrDefault(blocker, WaitsFor.OTHER_SESSION)));
            }
        }
        String caveat = fresh ? CAVEAT : CAVEAT + " InnoDB's lock tables did not refresh in time (another reader keeps its cache),"
                + " so this is their last reading.";
        return new Inside(List.copyOf(lanes.values()), said, waits, raw, caveat);
    }

    /** "primary key" for InnoDB's PRIMARY index, else the index's own name. */
    private static String key(String index) {
        return "PRIMARY".equals(index) ? "primary key" : index;
    }

    /** X → "an exclusive (X)", S → "a shared (S)"; a gap or intention lock keeps InnoDB's name beside the word. */
    private static String modeWords(String mode) {
        if (mode == null) return "a";
        if (mode.startsWith("X")) return "an exclusive (" + mode + ")";
        if (mode.startsWith("S")) return "a shared (" + mode + ")";
        return "an " + mode;
    }

    /** `test`.`accounts` → accounts. */
    private static String table(String quoted) {
        if (quoted == null) return "";
        int dot = quoted.lastIndexOf('.');
        return (dot < 0 ? quoted : quoted.substring(dot + 1)).replace("`", "");
    }
}
