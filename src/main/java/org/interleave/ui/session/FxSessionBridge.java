// The one adapter from engine to window: hears the session on worker threads and hands its results to the FX thread.
package org.interleave.ui.session;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.interleave.engine.Run;
import org.interleave.engine.RunEvent;
import org.interleave.engine.SessionListener;

/**
 * Events arrive on lane workers and on the control thread, often while the engine holds its own locks, so this
 * class only notes them and asks for a fresh snapshot; reading the run happens on the control thread, and showing
 * it on the FX thread. Events of a run that is no longer current are ignored, and a snapshot of an older run is
 * never shown after one of a newer run.
 */
public final class FxSessionBridge implements SessionListener {
    private final Executor fxThread;
    private final Runnable refreshRequest;
    private volatile Run current;
    /** FX thread only. */
    private long shownGeneration = -1;

    /**
     * @param fxThread       runs work on the FX thread (Platform::runLater)
     * @param refreshRequest asks the control thread for a fresh snapshot; must return at once
     */
    public FxSessionBridge(Executor fxThread, Runnable refreshRequest) {
        this.fxThread = fxThread;
        this.refreshRequest = refreshRequest;
    }

    @Override
    public void runStarted(Run run) {
        current = run;
        refreshRequest.run();
    }

    @Override
    public void onEvent(Run run, RunEvent event) {
        if (run != current) return;
        refreshRequest.run();
    }

    /** Shows a snapshot on the FX thread, unless a newer run's snapshot was shown already. */
    void show(SessionSnapshot snapshot, Consumer<SessionSnapshot> sink) {
        fxThread.execute(() -> {
            if (snapshot.generation() < shownGeneration) return;
            shownGeneration = snapshot.generation();
            sink.accept(snapshot);
        });
    }

    /** Runs {@code work} on the FX thread, after everything handed over before it. */
    public void fx(Runnable work) {
        fxThread.execute(work);
    }
}
