// Turns the user's commands into engine calls on the control thread and hands the results back through the bridge.
package org.interleave.ui.session;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.Engines;
import org.interleave.engine.ReplaySession;
import org.interleave.engine.Run;
import org.interleave.engine.RunSetupException;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;

/** Public methods are called on the FX thread and return at once; the work is queued on the control thread. */
public final class SessionController {
    private final ControlThread control;
    private final SessionViewModel model;
    private final FxSessionBridge bridge;
    /** Checks what is typed into a lane's console, as a scenario file's steps are checked. */
    private static final org.interleave.scenario.StatementAllowlist CONSOLE_CHECK = new org.interleave.scenario.StatementAllowlist();
    private static final java.util.function.Predicate<String> OPEN_GATE = lane -> true;
    /** FX thread only: the steps undone, to redo. */
    private final StepHistory history = new StepHistory();
    /** FX thread only: asked before a step a person asks for (the quiz's). */
    private java.util.function.Predicate<String> stepGate = OPEN_GATE;
    /** Control thread only, like everything below. */
    private final ReplaySession session;
    private final StoryPlayer player;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Engines engines;
    /** The engine runs go to; written on the control thread, read anywhere. */
    private volatile DatabaseEngine engine;
    private long generation;
    private Run lastRun;

    @FunctionalInterface
    private interface Replay {
        void run() throws RunSetupException;
    }

    public SessionController(ControlThread control, SessionViewModel model, Executor fxThread, Engines engines) {
        this.control = control;
        this.model = model;
        this.engines = engines;
        this.engine = engines.embedded(Engines.defaultId());
        this.bridge = new FxSessionBridge(fxThread, this::requestRefresh);
        this.session = new ReplaySession(engine, bridge);
        this.player = new StoryPlayer(control, session, this::refreshNow,
                on -> bridge.fx(() -> model.setPlaying(on)), this::report);
    }

    public FxSessionBridge bridge() {
        return bridge;
    }

    public SessionViewModel model() {
        return model;
    }

    /** The engine the window runs on now. */
    public DatabaseEngine engine() {
        return engine;
    }

    /** The engine ids the window offers. */
    public java.util.List<org.interleave.scenario.EngineId> engineChoices() {
        return engines.choices();
    }

    /**
     * Switches the engine and replays the schedule so far on it, like a protection switch. An embedded server
     * starts on first use: that takes seconds, on the control thread, so the window stays usable and says so.
     */
    public void chooseEngine(org.interleave.scenario.EngineId id) {
        if (id == engine.info().id()) return;
        useEngine(id.productName(), () -> {
            Engines.Availability a = engines.available(id);
            return a.engine().orElseThrow(() -> new IllegalArgumentException(a.why()));
        });
    }

    /** Runs on {@code chosen} from now on (an engine on the user's own server, say), replaying the schedule so far. */
    public void useEngine(DatabaseEngine chosen) {
        useEngine(chosen.info().displayName(), () -> chosen);
    }

    private void useEngine(String name, java.util.function.Supplier<DatabaseEngine> chosen) {
        stopPlaying();
        model.report("");
        model.announce("Switching to " + name + "… (PostgreSQL's first start takes a few seconds; the window stays usable)");
        model.replayStarted();
        control.execute(() -> {
            try {
                DatabaseEngine next = chosen.get();
                engine = next;
                RunPlan before = session.plan();
                java.util.Map<String, Isolation> moved = before == null ? java.util.Map.of() : ReplaySession.levelsMovedBy(before, next);
                bridge.fx(() -> {
                    model.chooseEngine(next.info());
                    model.keepIsolation(moved);
                });
                session.switchEngine(next);
                if (!moved.isEmpty()) report(movedWords(before, moved, next));
            } catch (RunSetupException | RuntimeException e) {
                report("cannot run on " + name + ": " + e.getMessage());
            } finally {
                refreshNow();
                bridge.fx(() -> {
                    model.announce("");
                    model.replayEnded();
                });
            }
        });
    }

    /** "T1 runs REPEATABLE READ here: PostgreSQL 17.6 has no SNAPSHOT level", for each lane moved. */
    private static String movedWords(RunPlan before, java.util.Map<String, Isolation> moved, DatabaseEngine next) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        moved.forEach((lane, level) -> parts.add(lane + " runs " + level.sqlName() + " here: " + next.info().displayName()
                + " has no " + before.lane(lane).orElseThrow().isolation().sqlName() + " level"));
        return String.join("; ", parts);
    }

    /** Whether the engine of {@code id} can run now, and if not, why; may connect to a server, so not on the FX thread. */
    public Engines.Availability availability(org.interleave.scenario.EngineId id) {
        return engines.available(id);
    }

    /** Runs on the engine of {@code id} from now on and replays {@code schedule} there (a cell of the comparison). */
    public void openOn(org.interleave.scenario.EngineId id, java.util.List<String> schedule) {
        if (model.scenario() == null) return;
        if (id != engine.info().id()) chooseEngine(id);
        replaySchedule(schedule);
    }

    /** Shows a scenario, unprotected, from its beginning on a fresh database. */
    public void open(Scenario scenario) {
        stopPlaying();
        history.clear();
        model.chooseScenario(scenario);
        RunPlan plan = model.plan();
        replay(() -> session.start(plan));
    }

    /** Switches protection, keeping the schedule so far and replaying it. */
    public void chooseProtection(String protectionId) {
        if (model.scenario() == null || protectionId.equals(model.protectionIdProperty().get())) return;
        model.chooseProtection(protectionId);
        switchPlan();
    }

    /**
     * Plays a named schedule of the scenario (null: its default one) from the beginning: a schedule that names steps
     * also says which steps each lane runs, so the steps so far cannot be replayed in it.
     */
    public void chooseSchedule(String name) {
        if (model.scenario() == null || java.util.Objects.equals(name, model.scheduleNameProperty().get())) return;
        stopPlaying();
        model.chooseSchedule(name);
        RunPlan plan = model.plan();
        replay(() -> session.start(plan));
    }

    public void chooseIsolation(String laneId, Isolation level) {
        if (model.scenario() == null) return;
        model.chooseIsolation(laneId, level);
        switchPlan();
    }

    private void switchPlan() {
        stopPlaying();
        RunPlan plan = model.plan();
        replay(() -> {
            if (session.run() == null) session.start(plan);
            else session.switchPlan(plan);
        });
    }

    /** Runs the lane's next statement, if it can take one now. */
    public void step(String laneId) {
        stopPlaying();
        SessionSnapshot shown = model.snapshot();
        LaneStatus lane = shown == null ? null : shown.lane(laneId);
        if (lane != null && lane.waiting()) {
            model.report(laneId + " cannot take a step: it is " + lane.waitText() + ".");
            return;
        }
        if (lane != null && lane.done()) {
            model.report(laneId + " has no statement left (" + lane.state().words() + ").");
            return;
        }
        if (lane != null && lane.endedEarly()) {
            model.report(laneId + " is " + lane.state().words() + ": the statements it has left do not run.");
            return;
        }
        history.stepped(laneId);
        if (!stepGate.test(laneId)) return;
        stepPastGate(laneId);
    }

    /**
     * Runs {@code sql}, typed into the lane's console, as the lane's next step of this run: checked by the same
     * allowlist as a file's, put into the plan (the schedule so far replays on a fresh database with it) and
     * then stepped like any other, so it waits when the lane would wait. Returns why it is refused, if it is.
     */
    public java.util.Optional<String> runTyped(String laneId, String sql) {
        SessionSnapshot s = model.snapshot();
        LaneStatus lane = s == null ? null : s.lane(laneId);
        if (lane == null) return java.util.Optional.of("open a scenario first");
        if (lane.waiting()) return java.util.Optional.of(laneId + " is " + lane.waitText() + "; it takes a statement once it is released");
        if (!lane.state().open()) return java.util.Optional.of(laneId + " is " + lane.state().words() + "; it takes no more statements");
        String text = sql.strip().replaceAll(";\\s*$", "");
        org.interleave.scenario.EngineId on = engine.info().id();
        java.util.Optional<String> refused = CONSOLE_CHECK.refusal(text, on, org.interleave.scenario.StatementAllowlist.Place.STEP);
        if (refused.isPresent()) return refused;
        org.interleave.scenario.StepKind kind = CONSOLE_CHECK.kindOf(text, on).orElseThrow();
        String id = "typed-" + (model.consoleSteps().size() + 1);
        org.interleave.scenario.Step step = new org.interleave.scenario.Step(id, org.interleave.scenario.EngineSql.of(text,
                org.interleave.scenario.Pos.UNKNOWN), kind, "typed in " + laneId + "'s console", java.util.Map.of(), null, false,
                org.interleave.scenario.Pos.UNKNOWN);
        model.addConsoleStep(new SessionViewModel.ConsoleStep(laneId, lane.stepsDone(), step));
        switchPlan();
        stepPastGate(laneId);
        return java.util.Optional.empty();
    }

    /** The steps undone by step back or a jump, the next one to redo first (FX thread). */
    public java.util.List<String> redoable() {
        return history.redoable();
    }

    /** Takes the next undone step again (Ctrl+Y): the lane's step as it is now, after the same schedule. */
    public void redo() {
        java.util.Optional<String> next = history.nextRedo();
        if (next.isEmpty()) {
            model.report("Nothing to redo: step back first.");
            return;
        }
        step(next.get());
    }

    /**
     * Goes to the point after the schedule's first {@code steps} steps (0: the start), replaying them on a fresh
     * database; the steps after it can be redone one by one.
     */
    public void jumpTo(int steps) {
        SessionSnapshot s = model.snapshot();
        if (s == null || steps < 0 || steps > s.history().size()) return;
        history.jumpedBack(s.history(), steps);
        replaySchedule(s.history().subList(0, steps));
    }

    /**
     * Asks {@code gate} before every step a person asks for (a click, a key, the story's next step): when it answers
     * false the step is held (the quiz asks its question first, then calls {@link #stepPastGate}). null: no gate.
     */
    public void gateSteps(java.util.function.Predicate<String> gate) {
        stepGate = gate == null ? OPEN_GATE : gate;
    }

    /** Runs the lane's next statement without asking the gate (the quiz, once its question is answered). */
    public void stepPastGate(String laneId) {
        model.report("");
        control.execute(() -> guarded(() -> {
            Run run = session.run();
            if (run != null && run.laneIds().contains(laneId) && run.canStep(laneId)) session.step(laneId);
            refreshNow();
        }));
    }

    /** Replays {@code schedule} from the beginning on a fresh database (entries that cannot be played are dropped). */
    public void replaySchedule(java.util.List<String> schedule) {
        stopPlaying();
        RunPlan plan = model.plan();
        if (plan == null) return;
        replay(() -> session.replay(plan, schedule));
    }

    /** Switches to a protection and isolation picks and replays {@code schedule} to its end on a fresh database. */
    public void replayOrder(String protectionId, java.util.Map<String, Isolation> isolation, java.util.List<String> schedule) {
        if (model.scenario() == null) return;
        stopPlaying();
        model.choosePlan(protectionId, isolation);
        RunPlan plan = model.plan();
        replay(() -> session.replay(plan, schedule));
    }

    /** Calls {@code then} on the FX thread once everything asked for so far has been done and shown. */
    public void whenIdle(Runnable then) {
        control.execute(() -> {
            refreshNow();
            bridge.fx(then);
        });
    }

    /** Runs the story's next step; with a gate, the step is the gate's to hold, one at a time, and playing steps once. */
    public void nextStoryStep() {
        stopPlaying();
        if (gated()) {
            SessionSnapshot s = model.snapshot();
            if (s == null) return;
            StoryCursor.Next next = StoryCursor.next(s.story(), s.history(), lane -> s.lane(lane) != null && s.lane(lane).canStep());
            if (next.lane() != null) step(next.lane());
            return;
        }
        model.report("");
        history.clear();
        control.execute(() -> guarded(player::stepOnce));
    }

    public void togglePlay() {
        if (gated()) nextStoryStep();
        else if (model.playingProperty().get()) stopPlaying();
        else {
            model.report("");
            control.execute(() -> guarded(player::start));
        }
    }

    public void stepBack() {
        stopPlaying();
        SessionSnapshot s = model.snapshot();
        if (s != null && !s.history().isEmpty()) history.undone(s.history().get(s.history().size() - 1));
        replay(session::stepBack);
    }

    public void reset() {
        stopPlaying();
        replay(session::reset);
    }

    /** Ends the run, even one whose step waits for a lock, and lets the control thread end; returns at once. */
    public void close() {
        control.execute(player::stop);
        control.execute(session::close);
        control.close();
    }

    private boolean gated() {
        return stepGate != OPEN_GATE;
    }

    private void stopPlaying() {
        control.execute(player::stop);
    }

    private void replay(Replay work) {
        model.report("");
        model.replayStarted();
        control.execute(() -> {
            try {
                work.run();
            } catch (RunSetupException e) {
                report(e.getMessage());
            } catch (RuntimeException e) {
                report(String.valueOf(e.getMessage()));
            } finally {
                refreshNow();
                bridge.fx(model::replayEnded);
            }
        });
    }

    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            report(String.valueOf(e.getMessage()));
        }
    }

    /** Called from any thread, maybe while the engine holds a lock: only queues a refresh. */
    private void requestRefresh() {
        if (refreshQueued.compareAndSet(false, true)) control.execute(this::refreshNow);
    }

    /** Control thread: reads the current run and hands the snapshot to the FX thread. */
    private void refreshNow() {
        refreshQueued.set(false);
        Run run = session.run();
        if (run == null) return;
        if (run != lastRun) {
            generation++;
            lastRun = run;
        }
        try {
            bridge.show(SnapshotReader.read(generation, run), model::show);
        } catch (RuntimeException e) {
            report("cannot read the run: " + e.getMessage());
        }
    }

    private void report(String sentence) {
        bridge.fx(() -> model.report(sentence));
    }
}
