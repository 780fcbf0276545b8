// Compares the window's schedule on every engine on a thread of its own, and opens a cell's run in the stepper.
package org.interleave.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interleave.engine.Engines;
import org.interleave.engine.compare.Comparison;
import org.interleave.scenario.EngineId;
import org.interleave.scenario.RunPlan;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;

/** Public methods are called on the FX thread and return at once; engine work runs on {@value #THREAD}. */
public final class CompareController implements AutoCloseable {
    public static final String THREAD = "interleave-compare";
    private final SessionController session;
    private final Executor fxThread;
    private final Runnable showStepper;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** FX thread only. */
    private long generation;
    private Future<?> running;

    public CompareController(SessionController session, Executor fxThread, Runnable showStepper) {
        this.session = session;
        this.fxThread = fxThread;
        this.showStepper = showStepper;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** "Comparing on 3 engines…", or how the last comparison went. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs the window's plan and schedule (the steps so far, or the whole story when none was taken) on every engine. */
    public void compare() {
        RunPlan plan = session.model().plan();
        if (plan == null) return;
        SessionSnapshot shown = session.model().snapshot();
        List<String> schedule = shown == null || shown.history().isEmpty() ? plan.defaultSchedule() : shown.history();
        List<EngineId> ids = session.engineChoices();
        long gen = ++generation;
        if (running != null) running.cancel(true);
        status.set("Running " + String.join(" ", schedule) + " on " + ids.size() + " engines…");
        running = worker.submit(() -> {
            List<Engines.Availability> engines = new ArrayList<>();
            for (EngineId id : ids) engines.add(session.availability(id));
            Comparison c = Comparison.run(plan, schedule, engines);
            fxThread.execute(() -> {
                if (gen != generation) return;
                status.set(c.enginesDiffer() ? "The engines differ in the rows marked ≠. Click a cell to step through that engine's run."
                        : "Every engine did the same. Click a cell to step through that engine's run.");
                comparison.set(c);
            });
        });
    }

    /** Opens the engine's run in the stepper, replayed up to and including the row's step. */
    public void open(EngineId engine, int position) {
        Comparison c = comparison.get();
        if (c == null) return;
        session.openOn(engine, List.copyOf(c.schedule().subList(0, Math.min(position, c.schedule().size()))));
        showStepper.run();
    }

    /** Ends the comparison under way and the thread. */
    @Override
    public void close() {
        generation++;
        worker.shutdownNow();
    }
}
