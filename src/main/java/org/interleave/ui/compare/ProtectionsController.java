// Compares the window's schedule under two protections on the window's engine, on a thread of its own.
package org.interleave.ui.compare;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.compare.ProtectionComparison;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionSnapshot;

/** Public methods are called on the FX thread and return at once; engine work runs on {@value #THREAD}. */
public final class ProtectionsController implements AutoCloseable {
    public static final String THREAD = "interleave-compare-protections";
    private final SessionController session;
    private final Executor fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<ProtectionComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** FX thread only. */
    private long generation;
    private Future<?> running;
    private Runnable unlisten = () -> {};

    public ProtectionsController(SessionController session, Executor fxThread) {
        this.session = session;
        this.fxThread = fxThread;
    }

    public ReadOnlyObjectProperty<ProtectionComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Calls {@code then} when the window opens another scenario (the listener goes when this closes). */
    public void onScenarioChanged(Runnable then) {
        javafx.beans.value.ChangeListener<Scenario> listener = (o, was, now) -> {
            generation++;
            comparison.set(null);
            status.set("");
            then.run();
        };
        session.model().scenarioProperty().addListener(listener);
        unlisten = () -> session.model().scenarioProperty().removeListener(listener);
    }

    /** The scenario's protection ids, "none" first. */
    public List<String> protections() {
        Scenario s = session.model().scenario();
        if (s == null) return List.of();
        List<String> ids = new java.util.ArrayList<>(List.of(RunPlan.UNPROTECTED));
        s.protections().forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** What to compare first: no protection against the one switched on (or the scenario's first). */
    public List<String> defaultPair() {
        List<String> ids = protections();
        if (ids.isEmpty()) return List.of();
        String on = session.model().protectionIdProperty().get();
        String second = on != null && !on.equals(RunPlan.UNPROTECTED) ? on : ids.size() > 1 ? ids.get(1) : RunPlan.UNPROTECTED;
        return List.of(RunPlan.UNPROTECTED, second);
    }

    /** The title of a protection id, as the protections bar names it. */
    public String title(String id) {
        Scenario s = session.model().scenario();
        if (s == null || id.equals(RunPlan.UNPROTECTED)) return "No protection";
        return s.protection(id).map(org.interleave.scenario.Protection::title).orElse(id);
    }

    /** Runs the window's schedule so far (or the whole story when no step was taken) under both protections. */
    public void compare(String first, String second) {
        Scenario s = session.model().scenario();
        if (s == null) return;
        String scheduleName = session.model().scheduleNameProperty().get();
        RunPlan a = PlanBuilder.plan(s, first, scheduleName);
        RunPlan b = PlanBuilder.plan(s, second, scheduleName);
        SessionSnapshot shown = session.model().snapshot();
        List<String> schedule = shown == null || shown.history().isEmpty() ? a.defaultSchedule() : shown.history();
        DatabaseEngine engine = session.engine();
        long gen = ++generation;
        if (running != null) running.cancel(true);
        status.set("Running " + String.join(" ", schedule) + " under " + title(first) + " and under " + title(second) + "…");
        running = worker.submit(() -> {
            try {
                ProtectionComparison c = ProtectionComparison.run(a, b, schedule, engine);
                fxThread.execute(() -> {
                    if (gen != generation) return;
                    status.set("The same schedule on " + engine.info().displayName() + ". The SQL that differs is marked ≠; so is a step"
                            + " whose answer differs.");
                    comparison.set(c);
                });
            } catch (RunSetupException | RuntimeException e) {
                fxThread.execute(() -> {
                    if (gen == generation) status.set("Could not compare: " + e.getMessage());
                });
            }
        });
    }

    @Override
    public void close() {
        unlisten.run();
        generation++;
        worker.shutdownNow();
    }
}
