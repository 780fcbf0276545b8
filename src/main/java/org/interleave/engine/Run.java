// One run of a scenario on a fresh database: issues steps to lane workers, tells waits from answers, ends cleanly.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;

public final class Run implements AutoCloseable {
    private final RunPlan plan;
    private final DatabaseEngine engine;
    private final RunDatabase database;
    private final RunListener listener;
    private static final long CAUSE_GRACE_NANOS = 200_000_000L;
    private final WaitWatcher watcher;
    private final Connection observer;
    private final Map<String, LaneWorker> lanes = new LinkedHashMap<>();
    private final Map<Long, String> laneBySession = new LinkedHashMap<>();
    private final List<RunEvent> events = new ArrayList<>();
    private final List<String> issued = new ArrayList<>();
    private volatile boolean closed;

    private Run(RunPlan plan, DatabaseEngine engine, RunDatabase database, Connection observer, RunListener listener, WaitPolicy policy) {
        this.plan = plan;
        this.engine = engine;
        this.database = database;
        this.observer = observer;
        this.listener = listener;
        this.watcher = new WaitWatcher(this, database, policy);
    }

    /** Creates a fresh database, runs the setup as the scenario user and opens one connection and thread per lane. */
    public static Run start(RunPlan plan, DatabaseEngine engine, RunListener listener) throws RunSetupException {
        return start(plan, engine, listener, WaitPolicy.DEFAULT);
    }

    public static Run start(RunPlan plan, DatabaseEngine engine, RunListener listener, WaitPolicy policy) throws RunSetupException {
        return start(plan, engine, listener, policy, LaneThreads.perRun());
    }

    /** As above, with lane threads lent by {@code threads} (kept between runs when exploring). */
    public static Run start(RunPlan plan, DatabaseEngine engine, RunListener listener, WaitPolicy policy, LaneThreads threads)
            throws RunSetupException {
        RunDatabase database;
        try {
            database = engine.create();
        } catch (SQLException e) {
            throw new RunSetupException("cannot create a database on " + engine.displayName() + ": " + e.getMessage(), e);
        }
        Run run = null;
        try {
            Connection observer = database.connectAsScenarioUser();
            run = new Run(plan, engine, database, observer, listener, policy);
            run.runSetup();
            for (Lane lane : plan.lanes()) {
                Connection c = database.connectAsScenarioUser();
                long session = database.sessionId(c);
                run.lanes.put(lane.id(), new LaneWorker(lane, c, session, threads));
                run.laneBySession.put(session, lane.id());
            }
            return run;
        } catch (SQLException e) {
            if (run != null) run.close();
            else database.close();
            throw new RunSetupException("cannot open the lanes: " + e.getMessage(), e);
        } catch (RunSetupException e) {
            run.close();
            throw e;
        }
    }

    private void runSetup() throws RunSetupException {
        int n = 0;
        for (EngineSql sql : plan.setup()) {
            n++;
            String text = sql.forEngine(engine.id()).orElseThrow(() -> new RunSetupException(
                    "setup statement at line " + sql.pos().line() + " has no SQL for " + engine.id(), null));
            try (Statement s = observer.createStatement()) {
                s.execute(text);
            } catch (SQLException e) {
                throw new RunSetupException(plan.scenario().file() + ":" + sql.pos().line() + ":" + sql.pos().column()
                        + ": setup statement " + n + " failed: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
    }

    public RunPlan plan() {
        return plan;
    }

    public DatabaseEngine engine() {
        return engine;
    }

    /** The lanes in the order of the plan. */
    public List<String> laneIds() {
        return plan.laneIds();
    }

    public synchronized List<RunEvent> events() {
        return List.copyOf(events);
    }

    /** The lanes in the order their steps were issued so far: the schedule as it really happened. */
    public synchronized List<String> issuedOrder() {
        return List.copyOf(issued);
    }

    public synchronized LaneState laneState(String laneId) {
        return worker(laneId).state;
    }

    /** The next step of a lane, if it has one left. */
    public synchronized Optional<Step> nextStep(String laneId) {
        LaneWorker w = worker(laneId);
        return w.nextStep < w.steps().size() ? Optional.of(w.steps().get(w.nextStep)) : Optional.empty();
    }

    public synchronized boolean isWaiting(String laneId) {
        return worker(laneId).busy();
    }

    /** True when the lane has a step left and is not waiting for its previous one. */
    public synchronized boolean canStep(String laneId) {
        LaneWorker w = worker(laneId);
        return !closed && !w.busy() && w.nextStep < w.steps().size();
    }

    /** True when every lane has issued all its steps and none is still waiting. */
    public synchronized boolean isFinished() {
        return lanes.values().stream().allMatch(w -> !w.busy() && w.nextStep >= w.steps().size());
    }

    private LaneWorker worker(String laneId) {
        LaneWorker w = lanes.get(laneId);
        if (w == null) throw new IllegalArgumentException("no lane `" + laneId + "`; lanes are " + plan.laneIds());
        return w;
    }

    /**
     * Issues the lane's next step and returns promptly: completed, failed, skipped, or waiting (the step then
     * completes later, reported to the listener as another event).
     */
    public RunEvent step(String laneId) {
        LaneWorker w;
        StepTicket ticket;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the run is closed");
            w = worker(laneId);
            if (w.busy()) throw new IllegalStateException(laneId + " is waiting for its previous step and cannot take the next");
            if (w.nextStep >= w.steps().size()) throw new IllegalStateException(laneId + " has no steps left");
            int index = w.nextStep++;
            Step step = w.steps().get(index);
            issued.add(laneId);
            String sql = step.sql().forEngine(engine.id()).orElse(null);
            if (w.state == LaneState.ABORTED || w.state == LaneState.CRASHED || sql == null) {
                String why = sql == null ? "the scenario gives no SQL for " + engine.id()
                        : w.state == LaneState.CRASHED ? "the application crashed earlier" : laneId + " was aborted earlier";
                return record(w, new StepTicket(index, step, step.sql().anyText(), Map.of()), StepStatus.SKIPPED, null, null, null, why);
            }
            ticket = new StepTicket(index, step, sql, w.bindsFor(sql));
            w.pending = ticket;
            if (w.state == LaneState.NOT_STARTED || !w.state.open()) w.state = LaneState.ACTIVE;
        }
        final LaneWorker lane = w;
        final StepTicket t = ticket;
        lane.submit(() -> {
            t.executingSince = System.nanoTime();
            finish(lane, t, lane.execute(t.step, t.sql));
        });
        RunEvent answer = watcher.awaitAnswer(lane, ticket);
        if (answer.status() != StepStatus.WAITING) watcher.settleOthers(lane);
        return answer;
    }

    /** Called on the lane's thread when the database answered. */
    private void finish(LaneWorker w, StepTicket t, StepExecution result) {
        if (result.error() != null) {
            ErrorKind kind = closed ? ErrorKind.CANCELLED : engine.classify(result.error());
            SQLException e = result.error();
            StepError error = new StepError(e.getSQLState(), e.getErrorCode(), e.getMessage(), kind);
            // Told before the rollback, which may release another lane: the failure comes first in the story.
            synchronized (this) {
                w.state = LaneState.ABORTED;
                record(w, t, StepStatus.FAILED, null, null, error, w.lane.id() + " is rolled back: " + kind.words());
            }
            w.rollbackQuietly();
            return;
        }
        if (result.problem() != null) {
            w.rollbackQuietly();
            synchronized (this) {
                w.state = LaneState.ABORTED;
                record(w, t, StepStatus.FAILED, result.rows(), null, new StepError("", 0, result.problem(), ErrorKind.OTHER), result.problem());
            }
            return;
        }
        if (t.step.crash()) w.closeConnection();
        letCausesFinishFirst(w, t);
        synchronized (this) {
            if (result.guardFalse()) {
                w.state = w.lane.transactional() ? w.state : LaneState.COMMITTED;
                record(w, t, StepStatus.SKIPPED, null, null, null, "guard is false: " + t.step.guard());
                return;
            }
            String upper = t.sql.strip().toUpperCase(java.util.Locale.ROOT);
            if (t.step.crash()) w.state = LaneState.CRASHED;
            else if (upper.startsWith("COMMIT")) w.state = LaneState.COMMITTED;
            else if (upper.startsWith("ROLLBACK")) w.state = LaneState.ROLLED_BACK;
            else w.state = w.lane.transactional() ? LaneState.ACTIVE : LaneState.COMMITTED;
            String detail = t.step.crash() ? "the application crashed: the connection is gone without COMMIT" : null;
            record(w, t, StepStatus.COMPLETED, result.rows(), result.updateCount(), null, detail);
        }
    }

    /**
     * A step released from a wait finishes while the statement that released it (another lane's COMMIT, say) may
     * still be returning on its own thread: let that one be told first, so that cause comes before effect.
     */
    private void letCausesFinishFirst(LaneWorker w, StepTicket t) {
        long deadline = System.nanoTime() + CAUSE_GRACE_NANOS;
        while (System.nanoTime() < deadline) {
            StepTicket inFlight = null;
            synchronized (this) {
                if (!t.reportedWaiting) return;
                for (LaneWorker other : lanes.values()) {
                    StepTicket p = other.pending;
                    if (other != w && p != null && !p.finished() && !p.reportedWaiting) inFlight = p;
                }
            }
            if (inFlight == null) return;
            inFlight.awaitAnswer(1000);
        }
    }

    /** Records an event for a ticket; must hold the lock. */
    private RunEvent record(LaneWorker w, StepTicket t, StepStatus status, ResultTable rows, Integer count, StepError error, String detail) {
        boolean finalAnswer = status != StepStatus.WAITING;
        RunEvent e = new RunEvent(events.size() + 1, w.lane.id(), t.stepIndex, t.step.id(), t.sql, t.binds, status, rows, count, error,
                status == StepStatus.WAITING ? waitingFor(detail) : null, status == StepStatus.WAITING ? waitText(detail) : detail,
                finalAnswer && t.reportedWaiting, t.step.note(), w.state, System.nanoTime() - t.startNanos);
        if (finalAnswer) t.finalEvent = e;
        events.add(e);
        notifyAll();
        listener.onEvent(e);
        if (finalAnswer) t.answered.countDown();
        return e;
    }

    private static String waitingFor(String blockerLane) {
        return blockerLane == null || blockerLane.startsWith("?") ? null : blockerLane;
    }

    private static String waitText(String blockerLane) {
        if (blockerLane == null) return "waiting; the database names no lock holder (a duplicate key or a table lock held by an open transaction)";
        if (blockerLane.startsWith("?")) return "waiting for another session's lock";
        return "waiting for " + blockerLane + "'s lock";
    }

    synchronized RunEvent declareWaiting(LaneWorker w, StepTicket t, String blockerLane) {
        if (t.finished()) return t.finalEvent;
        t.reportedWaiting = true;
        w.state = LaneState.WAITING;
        return record(w, t, StepStatus.WAITING, null, null, null, blockerLane);
    }

    RunEvent awaitFinal(StepTicket t, long micros) {
        t.awaitAnswer(micros);
        synchronized (this) {
            return t.finalEvent;
        }
    }

    /** For the wait watcher: the lane's current ticket, the lanes, and the lock that guards their state. */
    synchronized StepTicket pendingOf(LaneWorker w) {
        return w.pending;
    }

    java.util.Collection<LaneWorker> workers() {
        return lanes.values();
    }

    boolean isClosed() {
        return closed;
    }

    synchronized boolean isBusyLane(long session) {
        String lane = laneBySession.get(session);
        return lane == null || lanes.get(lane).busy();
    }

    String laneOrNull(long session) {
        return laneBySession.get(session);
    }

    String laneOf(long session) {
        String lane = laneBySession.get(session);
        return lane != null ? lane : "?session " + session;
    }

    /** True while the lane (null: not a lane) may hold a lock: its transaction is open. */
    synchronized boolean holderOpen(String laneId) {
        return laneId == null || lanes.get(laneId).state.open() && lanes.get(laneId).state != LaneState.NOT_STARTED;
    }

    synchronized boolean anyOtherLaneOpen(LaneWorker waiting) {
        return lanes.values().stream().anyMatch(w -> w != waiting && (w.state == LaneState.ACTIVE || w.state == LaneState.WAITING));
    }

    /** Waits until a new event arrives or the time is up; returns whether one arrived. */
    public synchronized boolean awaitEventAfter(int seenEvents, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (events.size() <= seenEvents && !closed) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return false;
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return events.size() > seenEvents;
    }

    /** Runs the checks on a separate connection and gives the verdict; call when {@link #isFinished()}. */
    public Verdict verdict() {
        if (!isFinished()) throw new IllegalStateException("the verdict needs every lane to have finished");
        Map<String, Object> captured = new LinkedHashMap<>();
        Map<String, LaneState> states = new LinkedHashMap<>();
        synchronized (this) {
            for (LaneWorker w : lanes.values()) {
                captured.putAll(w.variablesSnapshot());
                states.put(w.lane.id(), w.state);
            }
        }
        return new CheckRunner(plan, engine.id(), observer).judge(captured, states, events());
    }

    /** The committed contents of the scenario's tables, as another session would see them now. */
    public List<TableSnapshot> committedTables() {
        return TableSnapshot.readAll(observer);
    }

    /** The committed data without generated identity values: what two runs are compared by. */
    public List<TableSnapshot> committedData() {
        return TableSnapshot.readAll(observer, true);
    }

    /** Ends the run at once, whatever is waiting: no lane thread and no connection is left behind. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            notifyAll();
        }
        RunCloser.close(lanes.values(), database, observer);
    }
}
