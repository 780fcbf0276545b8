// Steps a scenario by hand and goes back and forth: every reset, step back or protection change replays on a fresh database.
package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.scenario.RunPlan;

public final class ReplaySession implements AutoCloseable {
    private DatabaseEngine engine;
    private final SessionListener listener;
    private Run run;
    private RunPlan plan;

    public ReplaySession(DatabaseEngine engine, SessionListener listener) {
        this.engine = engine;
        this.listener = listener;
    }

    /** Starts the plan from the beginning on a fresh database. */
    public synchronized Run start(RunPlan newPlan) throws RunSetupException {
        return replay(newPlan, List.of());
    }

    /** Plays {@code schedule} on a fresh database for {@code newPlan}; entries that no longer fit are dropped. */
    public synchronized Run replay(RunPlan newPlan, List<String> schedule) throws RunSetupException {
        closeRun();
        plan = newPlan;
        Run[] self = new Run[1];
        Run fresh = Run.start(newPlan, engine, event -> listener.onEvent(self[0], event));
        fresh.watchBetweenSteps();
        self[0] = fresh;
        run = fresh;
        listener.runStarted(fresh);
        SchedulePlayer.play(fresh, schedule);
        return fresh;
    }

    public synchronized Run run() {
        return run;
    }

    public synchronized RunPlan plan() {
        return plan;
    }

    /** The order in which steps were issued so far. */
    public synchronized List<String> history() {
        return run == null ? List.of() : run.issuedOrder();
    }

    public RunEvent step(String laneId) {
        Run current;
        synchronized (this) {
            current = run;
        }
        return current.step(laneId);
    }

    /**
     * Switches to another engine and replays the schedule so far there, as a protection switch does. A lane at a
     * level the new engine does not have runs at its nearest one (see {@link #levelsMovedBy}).
     */
    public synchronized Run switchEngine(DatabaseEngine newEngine) throws RunSetupException {
        List<String> history = history();
        engine = newEngine;
        if (plan == null) return null;
        RunPlan moved = plan;
        for (java.util.Map.Entry<String, org.interleave.scenario.Isolation> e : levelsMovedBy(plan, newEngine).entrySet()) {
            moved = moved.withIsolation(e.getKey(), e.getValue());
        }
        return replay(moved, history);
    }

    /** The lanes of {@code plan} whose level {@code engine} does not have, each with the level it runs at there instead. */
    public static java.util.Map<String, org.interleave.scenario.Isolation> levelsMovedBy(RunPlan plan, DatabaseEngine engine) {
        java.util.Map<String, org.interleave.scenario.Isolation> moved = new java.util.LinkedHashMap<>();
        for (org.interleave.scenario.Lane lane : plan.lanes()) {
            if (!engine.offers(lane.isolation())) moved.put(lane.id(), engine.nearestOffered(lane.isolation()));
        }
        return moved;
    }

    public synchronized DatabaseEngine engine() {
        return engine;
    }

    /** Replays everything but the last step. */
    public synchronized Run stepBack() throws RunSetupException {
        List<String> history = new ArrayList<>(history());
        if (!history.isEmpty()) history.remove(history.size() - 1);
        return replay(plan, history);
    }

    public synchronized Run reset() throws RunSetupException {
        return replay(plan, List.of());
    }

    /** Switches protection or isolation and replays the schedule so far. */
    public synchronized Run switchPlan(RunPlan newPlan) throws RunSetupException {
        return replay(newPlan, history());
    }

    private void closeRun() {
        if (run != null) {
            run.close();
            run = null;
        }
    }

    @Override
    public synchronized void close() {
        closeRun();
    }
}
