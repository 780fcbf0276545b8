// Lends each lane a thread of its own for one run; a shared supply keeps idle threads for the next run.
package org.interleave.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public final class LaneThreads implements AutoCloseable {
    private static final AtomicLong THREADS = new AtomicLong();
    private final boolean keep;
    private final Deque<ExecutorService> idle = new ArrayDeque<>();
    private boolean closed;

    private LaneThreads(boolean keep) {
        this.keep = keep;
    }

    /** A new thread for every lane, ended with its run: nothing outlives the run. */
    public static LaneThreads perRun() {
        return new LaneThreads(false);
    }

    /** Threads kept between runs (for exploring many orders); close it to end them. */
    public static LaneThreads reused() {
        return new LaneThreads(true);
    }

    synchronized ExecutorService lend() {
        ExecutorService e = idle.poll();
        if (e != null) return e;
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, LaneWorker.THREAD_PREFIX + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes a thread back after its run; a thread that may still be busy, or any thread when threads are not
     * kept, is ended. Returns true when the thread is idle or ended within {@code millis}.
     */
    boolean takeBack(ExecutorService thread, boolean mayBeBusy, long millis) {
        synchronized (this) {
            if (keep && !closed && !mayBeBusy) {
                idle.push(thread);
                return true;
            }
        }
        thread.shutdownNow();
        try {
            return thread.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends every kept thread. */
    @Override
    public void close() {
        Deque<ExecutorService> toEnd;
        synchronized (this) {
            closed = true;
            toEnd = new ArrayDeque<>(idle);
            idle.clear();
        }
        for (ExecutorService e : toEnd) {
            e.shutdownNow();
            try {
                e.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
