// Reads what the database holds for a run, on its watcher, and keeps what it held when a step closed a cycle of waits.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.interleave.scenario.Isolation;

final class InsideWatch {
    /** @param issuedCount how many steps had been issued when the cycle was seen */
    private record DeadlockSeen(int issuedCount, Inside inside) {}

    private final RunDatabase database;
    private volatile boolean watching;
    /** How long the last look after a step took, in nanoseconds; for bench. */
    private volatile long lastLookNanos;
    /** Guarded by this. */
    private DeadlockSeen deadlockSeen;

    InsideWatch(RunDatabase database) {
        this.database = database;
    }

    /**
     * What the database holds now for the lanes of {@code laneBySession}, whose transactions run at
     * {@code levelByLane}; says so instead when it cannot be read.
     */
    Inside read(Map<Long, String> laneBySession, Map<String, Isolation> levelByLane) {
        try {
            return database.inside(laneBySession, levelByLane);
        } catch (SQLException e) {
            return Inside.notShown("What the database holds could not be read: " + e.getMessage());
        }
    }

    void watchBetweenSteps() {
        watching = true;
    }

    /** True for a run someone watches (see Run#watchBetweenSteps); exploring is not watched. */
    boolean watching() {
        return watching;
    }

    /** A step has its answer (done, or waiting) and nothing else runs: an engine that follows its sessions looks now. */
    void stepAnswered(Map<Long, String> laneBySession, Map<String, Isolation> levelByLane) {
        if (!watching) return;
        long start = System.nanoTime();
        try {
            database.stepAnswered(laneBySession, levelByLane);
        } catch (SQLException e) {
            // a look missed: the next reading says what it cannot know (a lane's snapshot then shows as not known)
        }
        lastLookNanos = System.nanoTime() - start;
    }

    long lastLookNanos() {
        return lastLookNanos;
    }

    /** A step closed a cycle of waits after {@code issuedCount} steps: read the database before it breaks the cycle. */
    void cycleSeen(int issuedCount, Map<Long, String> laneBySession, Map<String, Isolation> levelByLane) {
        if (!watching) return;
        Inside seen = read(laneBySession, levelByLane);
        synchronized (this) {
            deadlockSeen = new DeadlockSeen(issuedCount, seen);
        }
    }

    /** What the database held in the cycle seen while the step that made {@code issuedCount} steps stood in it. */
    synchronized Optional<Inside> seenAt(int issuedCount) {
        return deadlockSeen != null && deadlockSeen.issuedCount() == issuedCount ? Optional.of(deadlockSeen.inside()) : Optional.empty();
    }
}
