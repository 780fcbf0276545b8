// One run of a scenario on a fresh database: issues steps to lane workers, records what the database answered, ends cleanly.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.scenario.OnError;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Step;

public final class Run implements AutoCloseable {
    private final RunPlan plan;
    private final DatabaseEngine engine;
    private final RunDatabase database;
    private final RunListener listener;
    private final WaitPolicy policy;
    private final WaitWatcher watcher;
    private final StoryOrder order;
    private final Connection observer;
    /** Reads back what data changes wrote, for the diagram; null when exploring, where nobody reads them. */
    private final WrittenRows writtenRows;
    private final Map<String, LaneWorker> lanes = new LinkedHashMap<>();
    private final Map<Long, String> laneBySession = new LinkedHashMap<>();
    private final InsideWatch insideWatch;
    private final List<RunEvent> events = new ArrayList<>();
    private final List<String> issued = new ArrayList<>();
    private volatile boolean closed;
    /** See {@link #runUncontendedStepsInline}. */
    private volatile boolean inlineWhenAlone;

    Run(RunPlan plan, DatabaseEngine engine, RunDatabase database, Connection observer, RunListener listener, WaitPolicy policy,
            boolean readsWrites) {
        this.plan = plan;
        this.engine = engine;
        this.database = database;
        this.insideWatch = new InsideWatch(database);
        this.observer = observer;
        this.listener = listener;
        this.policy = policy;
        this.writtenRows = readsWrites ? new WrittenRows(database, observer) : null;
        this.watcher = new WaitWatcher(new Board(), database, policy, engine.queryTimeoutCountsLockWaits() ? engine.limits() : null);
        this.order = new StoryOrder(this, lanes, policy);
    }

    /** Creates a fresh database, runs the setup as the scenario user and opens one connection and thread per lane. */
    public static Run start(RunPlan plan, DatabaseEngine engine, RunListener listener) throws RunSetupException {
        return RunOpener.open(plan, engine, listener, engine.waitPolicy(false), LaneThreads.perRun(), true);
    }

    /**
     * As above, with the engine's policy for exploring and lane threads lent by {@code threads} (kept between runs).
     * What data changes wrote is not read back: an explored order is judged by its data and checks alone.
     */
    public static Run start(RunPlan plan, DatabaseEngine engine, RunListener listener, WaitPolicy policy, LaneThreads threads)
            throws RunSetupException {
        return RunOpener.open(plan, engine, listener, policy, threads, false);
    }

    /** Called by the opener for each lane, before the run is handed out. */
    void addLane(LaneWorker worker) {
        lanes.put(worker.lane.id(), worker);
        laneBySession.put(worker.sessionId, worker.lane.id());
    }

    Connection observer() {
        return observer;
    }

    RunDatabase database() {
        return database;
    }

    public RunPlan plan() {
        return plan;
    }

    public EngineInfo engine() {
        return engine.info();
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

    /**
     * True when no lane can change the data any more: each has issued all its steps, or has ended (committed, rolled
     * back, aborted by an error, crashed) and is not waiting. The steps an ended lane has left would only be "not run".
     */
    public synchronized boolean isSettled() {
        // an autocommit lane is committed after each statement, and may open a transaction with a later BEGIN: it has
        // ended only when its steps have, or when an error or a crash stopped it
        return lanes.values().stream().allMatch(w -> !w.busy() && (w.nextStep >= w.steps().size() || !w.state.open()
                && (w.lane.transactional() || w.state == LaneState.ABORTED || w.state == LaneState.CRASHED)));
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
        order.letWaitsAge(laneId);
        if (inlineWhenAlone) letEndedLanesFinish(laneId);
        LaneWorker w;
        StepTicket ticket;
        boolean inline;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the run is closed");
            w = worker(laneId);
            if (w.busy()) throw new IllegalStateException(laneId + " is waiting for its previous step and cannot take the next");
            if (w.nextStep >= w.steps().size()) throw new IllegalStateException(laneId + " has no steps left");
            int index = w.nextStep++;
            Step step = w.steps().get(index);
            issued.add(laneId);
            String sql = step.sql().forEngine(engine.info().id()).orElse(null);
            if (w.state == LaneState.ABORTED || w.state == LaneState.CRASHED || sql == null) {
                String why = sql == null ? "the scenario gives no SQL for " + engine.info().id().key()
                        : w.state == LaneState.CRASHED ? "the application crashed earlier" : laneId + " was aborted earlier";
                return record(w, new StepTicket(index, step, step.sql().anyText(), Map.of()), StepStatus.SKIPPED, null, null, null, why, null);
            }
            ticket = ticketFor(index, step, sql, w.bindsFor(sql));
            inline = inlineWhenAlone && !w.working() && othersHoldNothing(w);
            w.pending = ticket;
            if (!w.state.open() || w.state == LaneState.NOT_STARTED) w.state = LaneState.ACTIVE;
        }
        final LaneWorker lane = w;
        final StepTicket t = ticket;
        Runnable work = () -> {
            t.laneThreadId = Thread.currentThread().getId();
            t.executingCpuSince = LaneCpu.now();
            t.executingSince = System.nanoTime();
            finish(lane, t, executeGuarded(lane, t));
        };
        if (inline) work.run();
        else lane.submit(work);
        RunEvent answer = watcher.awaitAnswer(lane, ticket);
        if (answer.status() != StepStatus.WAITING) watcher.settleOthers(lane);
        if (insideWatch.watching()) {
            Map<Long, String> lanesBySession;
            synchronized (this) {
                lanesBySession = closed ? Map.of() : new LinkedHashMap<>(laneBySession);
            }
            if (!lanesBySession.isEmpty()) insideWatch.stepAnswered(lanesBySession, levels());
        }
        return answer;
    }

    /**
     * From now on a step runs on the calling thread instead of its lane's when it cannot wait: no other lane holds
     * anything (none has begun, or each has ended its transaction and its thread is idle) and the engine's locks all
     * end with their transactions. It saves the two thread hand-overs a step costs, most of an in-process step's time
     * (measured on H2: about 30 µs a step against a few µs of statement). For exploring, whose caller is no FX thread.
     */
    public void runUncontendedStepsInline() {
        inlineWhenAlone = engine.locksEndWithTransactions();
    }

    /**
     * A lane whose COMMIT was just answered may still be finishing that step on its thread for some microseconds;
     * waiting that out keeps which steps run inline the same from run to run (a lane still working would be taken for
     * one that may hold a lock, and the step sent to its thread).
     */
    private void letEndedLanesFinish(String laneId) {
        List<LaneWorker> ended = new ArrayList<>();
        synchronized (this) {
            for (LaneWorker other : lanes.values()) {
                if (!other.lane.id().equals(laneId) && !other.state.open() && other.state != LaneState.CRASHED && !other.busy()) ended.add(other);
            }
        }
        // the step's answer is out, so only the task's last lines are left: microseconds, more in a cold JVM
        long start = System.nanoTime();
        for (LaneWorker other : ended) {
            while (other.working() && System.nanoTime() - start < 100_000_000) {
                if (System.nanoTime() - start < 20_000) Thread.onSpinWait();
                else Thread.yield();
            }
        }
    }

    /** No lane but {@code w} can hold a lock: each has not begun, or has ended its transaction, and its thread is idle. */
    private boolean othersHoldNothing(LaneWorker w) {
        for (LaneWorker other : lanes.values()) {
            if (other == w) continue;
            boolean ended = other.state == LaneState.NOT_STARTED || other.state == LaneState.COMMITTED
                    || other.state == LaneState.ROLLED_BACK || other.state == LaneState.ABORTED;
            if (!ended || other.busy() || other.working()) return false;
        }
        return true;
    }

    /** A ticket for a step; a data change is sent in the form that also returns its rows, where the engine has one. */
    private StepTicket ticketFor(int index, Step step, String sql, Map<String, String> binds) {
        if (writtenRows == null || step.kind() != org.interleave.scenario.StepKind.DML || WriteStatement.returnsRows(sql)) {
            return new StepTicket(index, step, sql, binds);
        }
        Optional<WriteStatement> write = WriteStatement.of(sql);
        Optional<ReturningForm> returning = write.flatMap(wr -> engine.returningWrites(sql, wr));
        if (returning.isEmpty()) return new StepTicket(index, step, sql, binds);
        Optional<TableShape> table = writtenRows.shape(write.get().table()); // from the run's catalog, read once per table
        if (table.isEmpty() || table.get().columns().isEmpty()) return new StepTicket(index, step, sql, binds);
        return new StepTicket(index, step, sql, binds, write.get(), returning.get(), table.get());
    }

    /** Runs the step on the lane's thread; whatever the driver throws becomes the step's answer, so no ticket is left unanswered. */
    private StepExecution executeGuarded(LaneWorker lane, StepTicket t) {
        try {
            return lane.execute(t.step, t.sql, t.returning, t.writtenTable == null ? List.of() : t.writtenTable.columns());
        } catch (OutOfMemoryError e) {
            return StepExecution.stopped("the statement needed more memory than Interleave has, so it was stopped; make its result smaller");
        } catch (RuntimeException | StackOverflowError e) {
            return StepExecution.stopped("the database driver failed on this statement (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Called on the lane's thread when the database answered. */
    private void finish(LaneWorker w, StepTicket t, StepExecution result) {
        if (result.error() != null) {
            SQLException e = result.error();
            ErrorKind kind = closed ? ErrorKind.CANCELLED : engine.classify(e);
            if (kind == ErrorKind.CANCELLED && !closed && (t.overLimit || ranPastLimit(t))) kind = ErrorKind.TIME_LIMIT;
            StepError error = new StepError(e.getSQLState(), e.getErrorCode(), engine.shortMessage(e), kind);
            String detail = kind == ErrorKind.TIME_LIMIT
                    ? w.lane.id() + " is rolled back: step `" + t.step.id() + "` ran for " + engine.limits().words() + " without waiting for a"
                            + " lock, the time limit of a statement (--time-limit changes it), and was stopped"
                    : w.lane.id() + " is rolled back: " + kind.words() + engine.explainFailure(kind).map(x -> ". " + x).orElse("");
            w.ownWrites.clear(); // the database may have undone them: before-values come from the committed data again
            if (w.lane.onError() == OnError.CONTINUE && !closed && kind != ErrorKind.TIME_LIMIT && kind != ErrorKind.CANCELLED
                    && kind != ErrorKind.CONNECTION_LOST) {
                // the application goes on issuing its statements; the database decides what is left of the transaction
                String goesOn = w.lane.id() + " goes on (on_error: continue)" + (kind == ErrorKind.TRANSACTION_ABORTED ? ""
                        : t.step.kind().endsTransaction() ? ": " + kind.words() + ". The transaction ended without committing"
                        : ": " + kind.words() + engine.explainContinue(kind).map(x -> ". " + x).orElse(""));
                synchronized (this) {
                    // a COMMIT that fails ends the transaction without committing it (PostgreSQL's 40001 at COMMIT)
                    w.state = t.step.kind().endsTransaction() ? LaneState.ROLLED_BACK
                            : w.lane.transactional() || w.inExplicitTransaction() ? LaneState.ACTIVE : LaneState.COMMITTED;
                    record(w, t, StepStatus.FAILED, null, null, error, goesOn, null);
                }
                return;
            }
            // Told before the rollback, which may release another lane: the failure comes first in the story.
            synchronized (this) {
                w.state = LaneState.ABORTED;
                record(w, t, StepStatus.FAILED, null, null, error, detail, null);
            }
            w.rollbackQuietly();
            return;
        }
        if (result.problem() != null) {
            w.rollbackQuietly();
            ErrorKind kind = result.stopped() ? ErrorKind.RESOURCE_LIMIT : ErrorKind.OTHER;
            synchronized (this) {
                w.state = LaneState.ABORTED;
                record(w, t, StepStatus.FAILED, result.rows(), null, new StepError("", 0, result.problem(), kind), result.problem(), null);
            }
            return;
        }
        if (t.step.crash()) w.closeConnection();
        List<RowChange> written = result.written() == null || t.write == null ? List.of()
                : writtenRows.changes(t.write, t.writtenTable, result.written(), w.ownWrites,
                        w.lane.transactional() || w.inExplicitTransaction());
        if (writtenRows != null && t.step.kind() == org.interleave.scenario.StepKind.DDL) writtenRows.tablesChanged();
        if (t.step.kind() == org.interleave.scenario.StepKind.SAVEPOINT) {
            w.savepointReached(t.sql);
        } else if (t.step.kind().controlsTransaction() || t.step.crash() || !w.lane.transactional() && !w.inExplicitTransaction()) {
            w.ownWrites.clear();
        }
        Map<String, String> captured = t.step.capture().isEmpty() ? Map.of() : w.capturedBy(t.step);
        order.letCausesFinishFirst(w, t);
        synchronized (this) {
            if (result.guardFalse()) {
                if (!w.lane.transactional()) w.state = LaneState.COMMITTED;
                record(w, t, StepStatus.SKIPPED, null, null, null, "guard is false: " + t.step.guard(), null);
                return;
            }
            w.state = result.rolledBackInstead() ? LaneState.ROLLED_BACK : w.stateAfter(t.step);
            String detail = t.step.crash() ? "the application crashed: the connection is gone without COMMIT"
                    : result.rolledBackInstead() ? "the database answered COMMIT with ROLLBACK: the transaction had failed, so nothing of it"
                            + " was committed" : null;
            record(w, t, StepStatus.COMPLETED, result.rows(), result.updateCount(), null, detail, null, written, captured);
        }
    }

    private boolean ranPastLimit(StepTicket t) {
        return t.executingSince != 0 && (System.nanoTime() - t.executingSince) / 1_000_000 >= engine.limits().statementMillis() - 50;
    }

    /** How a scenario file names what a step did, for the narration tied to it. */
    private static String noteOutcome(StepStatus status) {
        return switch (status) {
            case WAITING -> "waits";
            case FAILED -> "fails";
            case COMPLETED -> "completes";
            case SKIPPED -> null;
        };
    }

    /** Records an event for a ticket; must hold the lock. */
    private RunEvent record(LaneWorker w, StepTicket t, StepStatus status, ResultTable rows, Integer count, StepError error, String detail,
            Wait wait) {
        return record(w, t, status, rows, count, error, detail, wait, List.of(), Map.of());
    }

    private RunEvent record(LaneWorker w, StepTicket t, StepStatus status, ResultTable rows, Integer count, StepError error, String detail,
            Wait wait, List<RowChange> written, Map<String, String> captured) {
        boolean finalAnswer = status != StepStatus.WAITING;
        RunEvent e = new RunEvent(events.size() + 1, w.lane.id(), t.stepIndex, t.step.id(), t.step.kind(), t.sql, t.binds, status, rows,
                count, error, wait == null ? List.of() : wait.lanes(), wait == null ? detail : wait.sentence(),
                finalAnswer && t.reportedWaiting, t.step.noteWhen(noteOutcome(status)), w.state, System.nanoTime() - t.startNanos, written,
                captured);
        if (finalAnswer) t.finalEvent = e;
        else t.waitingFor = e.waitingFor();
        events.add(e);
        notifyAll();
        listener.onEvent(e);
        if (finalAnswer) t.answered.countDown();
        return e;
    }

    /** What the wait watcher may ask and tell; every state it reads is guarded by the run's lock. */
    private final class Board implements LaneBoard {
        @Override
        public void cycleSeen(StepTicket t) {
            int issuedNow;
            Map<Long, String> lanesBySession;
            synchronized (Run.this) {
                issuedNow = issued.size();
                lanesBySession = new LinkedHashMap<>(laneBySession);
            }
            insideWatch.cycleSeen(issuedNow, lanesBySession, levels());
        }

        @Override
        public RunEvent declareWaiting(LaneWorker w, StepTicket t, Wait wait) {
            synchronized (Run.this) {
                if (t.finished()) return t.finalEvent;
                t.reportedWaiting = true;
                t.waitingSince = System.nanoTime();
                w.state = LaneState.WAITING;
                return record(w, t, StepStatus.WAITING, null, null, null, null, wait);
            }
        }

        @Override
        public RunEvent awaitFinal(StepTicket t, long micros) {
            t.awaitAnswer(micros, policy.spinMicros());
            synchronized (Run.this) {
                return t.finalEvent;
            }
        }

        @Override
        public StepTicket pendingOf(LaneWorker w) {
            synchronized (Run.this) {
                return w.pending;
            }
        }

        @Override
        public Collection<LaneWorker> workers() {
            return lanes.values();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isBusySession(long session) {
            synchronized (Run.this) {
                String lane = laneBySession.get(session);
                return lane == null || lanes.get(lane).busy();
            }
        }

        @Override
        public Optional<String> laneOfSession(long session) {
            return Optional.ofNullable(laneBySession.get(session));
        }

        @Override
        public boolean holderOpen(Optional<String> laneId) {
            synchronized (Run.this) {
                if (laneId.isEmpty()) return true;
                LaneState state = lanes.get(laneId.get()).state;
                return state.open() && state != LaneState.NOT_STARTED;
            }
        }

        @Override
        public boolean anyOtherLaneOpen(LaneWorker waiting) {
            synchronized (Run.this) {
                return lanes.values().stream().anyMatch(w -> w != waiting && (w.state == LaneState.ACTIVE || w.state == LaneState.WAITING));
            }
        }

        @Override
        public List<String> reportedWaitsOf(String laneId) {
            synchronized (Run.this) {
                StepTicket p = lanes.get(laneId).pending;
                return p != null && !p.finished() && p.reportedWaiting ? p.waitingFor : List.of();
            }
        }
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

    /** Runs the checks on a separate connection and gives the verdict; call when {@link #isSettled()}. */
    public Verdict verdict() {
        if (!isSettled()) throw new IllegalStateException("the verdict needs every lane to have finished or ended");
        Map<String, Object> captured = new LinkedHashMap<>();
        Map<String, LaneState> states = new LinkedHashMap<>();
        synchronized (this) {
            for (LaneWorker w : lanes.values()) {
                captured.putAll(w.variablesSnapshot());
                states.put(w.lane.id(), w.state);
            }
        }
        synchronized (observer) {
            return new CheckRunner(plan, engine.info(), engine.limits(), observer).judge(captured, states, events());
        }
    }

    /** The committed contents of the scenario's tables, as another session would see them now (empty if unreadable). */
    public List<TableSnapshot> committedTables() {
        return readTables(false, ResultTable.MAX_ROWS);
    }

    /** The committed data without generated identity values: what two runs are compared by. */
    public List<TableSnapshot> committedData() {
        return readTables(true, TableSnapshot.MAX_COMPARED_ROWS);
    }

    /** The tables {@link #committedData()} reads and their compared columns, from the catalog. */
    public List<TableShape> comparedShapes() throws SQLException {
        synchronized (observer) {
            return database.tables(observer, true);
        }
    }

    /**
     * As {@link #committedData()}, for a run whose tables are known to have these shapes: the explorer's, whose lanes
     * change no table's shape, so every order ends with the tables the first one had.
     */
    public List<TableSnapshot> committedData(List<TableShape> shapes) {
        try {
            synchronized (observer) {
                return TableSnapshot.readAll(shapes, database, observer, TableSnapshot.MAX_COMPARED_ROWS, engine.limits());
            }
        } catch (SQLException e) {
            return List.of();
        }
    }

    private List<TableSnapshot> readTables(boolean withoutGenerated, int maxRows) {
        try {
            synchronized (observer) {
                return TableSnapshot.readAll(database, observer, withoutGenerated, maxRows, engine.limits());
            }
        } catch (SQLException e) {
            return List.of();
        }
    }

    /**
     * From now on the watcher looks after every step's answer (an engine may need to, to tell later what each lane's
     * snapshot sees), and, when a step closes a cycle of waits, reads what the database holds at that moment, before
     * the database breaks the cycle (see {@link #deadlockSeenInLastStep}). For runs a person watches; exploring skips it.
     */
    public void watchBetweenSteps() {
        insideWatch.watchBetweenSteps();
    }

    /** How long the watcher's look after the last step took, in nanoseconds (see {@link #watchBetweenSteps}); for bench. */
    public long lastWatchLookNanos() {
        return insideWatch.lastLookNanos();
    }

    /** What the database held while the last step issued stood in a deadlock, before the database broke it. */
    public synchronized Optional<Inside> deadlockSeenInLastStep() {
        return insideWatch.seenAt(issued.size());
    }

    /**
     * What the database holds now, read by its watcher (see {@link RunDatabase#inside}); call between steps, on any
     * thread but the FX thread. Says so instead when the run is closed or the database cannot be read.
     */
    public Inside inside() {
        Map<Long, String> lanesBySession;
        synchronized (this) {
            if (closed) return Inside.notShown("The run has ended.");
            lanesBySession = new LinkedHashMap<>(laneBySession);
        }
        return insideWatch.read(lanesBySession, levels());
    }

    /** Each lane's isolation level now, by lane id. */
    private synchronized Map<String, org.interleave.scenario.Isolation> levels() {
        Map<String, org.interleave.scenario.Isolation> levels = new LinkedHashMap<>();
        for (LaneWorker w : lanes.values()) levels.put(w.lane.id(), w.currentLevel());
        return levels;
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
