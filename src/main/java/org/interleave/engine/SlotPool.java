// A pool of run databases on one server: a slot is made once, reset between runs (milliseconds), ended with the pool.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A fresh database per run costs hundreds of milliseconds on a server engine, and on H2 a third of an explored order. */
public final class SlotPool<S extends SlotPool.Slot> implements AutoCloseable {
    /** One reusable run database. */
    public interface Slot {
        /** Empties the slot for the next run. */
        void reset() throws SQLException;

        /** Closes the slot's sessions; {@code drop} also drops what was made for it on the server. */
        void destroy(boolean drop);
    }

    /** Makes a slot with the given name. */
    @FunctionalInterface
    public interface Maker<S> {
        S make(String name) throws SQLException;
    }

    private final Maker<S> maker;
    private final int maxSlots;
    private final boolean dropOnClose;
    private final String prefix;
    private final Deque<S> idle = new ArrayDeque<>();
    private final List<S> all = new ArrayList<>();
    private int made;
    private int creating;
    private boolean closed;

    /**
     * @param prefix      names this process's slots, so that several Interleave processes can share a server
     * @param dropOnClose drop what the slots made on the server when the pool closes (a user's server)
     */
    public SlotPool(String prefix, int maxSlots, boolean dropOnClose, Maker<S> maker) {
        this.prefix = prefix;
        this.maxSlots = maxSlots;
        this.dropOnClose = dropOnClose;
        this.maker = maker;
    }

    /** A clean slot: an idle one, or a new one when all are busy and there is room; else waits for one. */
    public S take() throws SQLException {
        String name;
        synchronized (this) {
            while (true) {
                if (closed) throw new SQLException("the engine is closed");
                S slot = idle.poll();
                if (slot != null) return slot;
                if (all.size() + creating < maxSlots) break;
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
            S slot = maker.make(name);
            synchronized (this) {
                if (closed) {
                    slot.destroy(dropOnClose);
                    throw new SQLException("the engine is closed");
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
    public void giveBack(S slot) {
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
        slot.destroy(dropOnClose);
    }

    /** Ends a slot that must not be reused (a session of it could not be taken back) and makes room for a new one. */
    public void discard(S slot) {
        synchronized (this) {
            all.remove(slot);
            notifyAll();
        }
        slot.destroy(dropOnClose);
    }

    /** The slots made and not ended, lent or idle. */
    public synchronized List<S> slots() {
        return List.copyOf(all);
    }

    public synchronized int size() {
        return all.size();
    }

    /** Ends every slot's sessions, and drops their objects when the pool was made to. */
    @Override
    public void close() {
        List<S> toEnd;
        synchronized (this) {
            if (closed) return;
            closed = true;
            toEnd = new ArrayList<>(all);
            all.clear();
            idle.clear();
            notifyAll();
        }
        for (S slot : toEnd) slot.destroy(dropOnClose);
    }
}
