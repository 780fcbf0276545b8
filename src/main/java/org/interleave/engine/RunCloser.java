// Ends a run without hanging: idle lanes first (releasing their locks), then waiting ones, then the database.
package org.interleave.engine;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

final class RunCloser {
    private static final long GRACE_MILLIS = 500;

    private RunCloser() {}

    static void close(Collection<LaneWorker> lanes, RunDatabase database, Connection observer) {
        List<LaneWorker> busy = new ArrayList<>();
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        for (LaneWorker w : lanes) {
            if (w.busy()) {
                busy.add(w);
                continue;
            }
            // answered, but its thread may still be rolling back after a failure: the session is handed back after that
            while (w.working() && System.nanoTime() < deadline) Thread.onSpinWait();
            if (w.working()) busy.add(w);
            else w.releaseConnection(database);
        }
        for (LaneWorker w : busy) {
            while ((w.busy() || w.working()) && System.nanoTime() < deadline) sleepBriefly();
            if (w.busy() || w.working()) w.cancelRunning();
        }
        database.release(observer);
        // Ends the database even under a lane that still waits: H2 shuts it down, a server engine cuts that session.
        database.close();
        for (LaneWorker w : lanes) {
            w.releaseConnection(database);
            w.releaseThread(2000);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
