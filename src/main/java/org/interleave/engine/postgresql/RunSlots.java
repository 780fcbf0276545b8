// The pool of run databases on one server: a slot is made once, reset between runs (milliseconds), dropped at the end.
package org.interleave.engine.postgresql;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

final class RunSlots implements AutoCloseable {
    /** Runs at once on one server; more wait for a slot. */
    static final int MAX_SLOTS = 24;
    private final PostgresServer server;
    /** Names the slots of this process, so that several Interleave processes can share a server. */
    private final String prefix = "interleave_" + EmbeddedServer.secret().substring(0, 10);
    private final Deque<RunSlot> idle = new ArrayDeque<>();
    private final List<RunSlot> all = new ArrayList<>();
    private int made;
    private int creating;
    private boolean closed;

    RunSlots(PostgresServer server) {
        this.server = server;
    }

    /** A clean slot: an idle one, or a new one when all are busy and there is room; else waits for one. */
    RunSlot take() throws SQLException {
        String name;
        synchronized (this) {
            while (true) {
                if (closed) throw new SQLException("the PostgreSQL engine is closed");
                RunSlot slot = idle.poll();
                if (slot != null) return slot;
                if (all.size() + creating < MAX_SLOTS) break;
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for a free run database", e);
                }
            }
            creating++;
            name = prefix + "_" + (++made);
        }
        try {
            RunSlot slot = RunSlot.create(server, name);
            synchronized (this) {
                if (closed) {
                    slot.destroy(!server.embedded());
                    throw new SQLException("the PostgreSQL engine is closed");
                }
                all.add(slot);
                return slot;
            }
        } finally {
            synchronized (this) {
                creating--;
                notifyAll();
            }
        }
    }

    /** Resets the slot and keeps it for the next run; a slot that cannot be reset is dropped. */
    void giveBack(RunSlot slot) {
        try {
            slot.reset();
            synchronized (this) {
                if (!closed) {
                    idle.push(slot);
                    notifyAll();
                    return;
                }
            }
        } catch (SQLException cannotReset) {
            synchronized (this) {
                all.remove(slot);
                notifyAll();
            }
        }
        slot.destroy(!server.embedded());
    }

    synchronized int size() {
        return all.size();
    }

    /** Closes every slot's sessions; on a user's server drops their databases and roles too. */
    @Override
    public void close() {
        List<RunSlot> toEnd;
        synchronized (this) {
            if (closed) return;
            closed = true;
            toEnd = new ArrayList<>(all);
            all.clear();
            idle.clear();
            notifyAll();
        }
        for (RunSlot slot : toEnd) slot.destroy(!server.embedded());
    }
}
