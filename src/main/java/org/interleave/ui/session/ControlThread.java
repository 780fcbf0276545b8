// The window's one "control" thread: every call into the engine (and so every JDBC call) runs here, never on the FX thread.
package org.interleave.ui.session;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

public final class ControlThread implements AutoCloseable {
    /** The thread's name, so tests and people can check that none is left after the window closed. */
    public static final String NAME = "interleave-control";

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, NAME);
        t.setDaemon(false); // the JVM waits for the run to be closed cleanly after the window is gone
        return t;
    });

    /** Queues {@code work}; tasks run one at a time, in the order given. Ignored once closed. */
    public void execute(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    System.err.println("interleave: " + e); // keep the thread; the window shows what it can
                }
            });
        } catch (RejectedExecutionException closed) {
            // the window is closing: nothing more is run
        }
    }

    /** Runs {@code work} repeatedly with {@code delayMillis} between the end of one and the start of the next. */
    ScheduledFuture<?> repeat(Runnable work, long firstMillis, long delayMillis) {
        return executor.scheduleWithFixedDelay(work, firstMillis, delayMillis, TimeUnit.MILLISECONDS);
    }

    public boolean isShutdown() {
        return executor.isShutdown();
    }

    /** Waits for the thread to end; true when it did within the time given. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** Lets the queued work (such as closing the run) finish, then ends the thread; returns at once. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
