// The thread that draws and writes exports, so neither a big PNG nor a slow disk ever holds up the FX thread.
package org.interleave.ui.export;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

final class ExportThread implements AutoCloseable {
    static final String NAME = "interleave-export";

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, NAME);
        t.setDaemon(false); // a file being written when the window closes is finished (or left untouched), not cut off
        return t;
    });

    /** Queues {@code work}; exports run one at a time, in the order asked. Ignored once closed. */
    void execute(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    System.err.println("interleave export: " + e);
                }
            });
        } catch (RejectedExecutionException closed) {
            // the window is closing: nothing new is started
        }
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** Lets the export under way finish, then ends the thread; returns at once. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
