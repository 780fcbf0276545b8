// Explores every order of the window's scenario on a background thread of its own, row by row, and loads a chosen order into the stepper.
package org.interleave.ui.explore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import java.util.function.Supplier;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.explore.ExplorationRow;
import org.interleave.engine.explore.Explorer;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;
import org.interleave.ui.session.SessionController;
import org.interleave.ui.session.SessionViewModel;

/**
 * Public methods are called on the FX thread and return at once. Exploring never runs on the FX thread: it runs on
 * this controller's own thread ({@value #THREAD}), and the explorer's threads under it; close ends them.
 */
public final class AllOrdersController implements AutoCloseable {
    /** The name of the thread that explores, so tests and people can check that none is left after closing. */
    public static final String THREAD = "interleave-explore";

    private final SessionController session;
    private final SessionViewModel window;
    private final java.util.concurrent.Executor fxThread;
    private final Supplier<Explorer> explorers;
    private final Runnable afterLoad;
    private final AllOrdersModel model = new AllOrdersModel();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private final InvalidationListener windowChanged = o -> windowChanged();
    /** FX thread only, like everything below. */
    private Future<?> running;
    private long generation;
    private Scenario exploredScenario;
    private Map<String, Isolation> exploredIsolation = Map.of();
    /** The named schedule whose steps were explored (it may say which steps each lane runs), or null for the default. */
    private String exploredSchedule;
    private EngineInfo exploredEngine;
    /** The large exploration the user was told about and may confirm by asking again; null when none. */
    private String confirmed;
    private boolean closed;

    /**
     * @param fxThread runs work on the FX thread (Platform::runLater)
     * @param explorers  an explorer on the window's current engine; it makes its own threads and databases
     * @param afterLoad called once an order was handed to the stepper (shows the stepper)
     */
    public AllOrdersController(SessionController session, java.util.concurrent.Executor fxThread, Supplier<Explorer> explorers,
            Runnable afterLoad) {
        this.session = session;
        this.window = session.model();
        this.fxThread = fxThread;
        this.explorers = explorers;
        this.afterLoad = afterLoad;
        window.scenarioProperty().addListener(windowChanged);
        window.planVersionProperty().addListener(windowChanged);
        window.engineProperty().addListener(windowChanged);
        windowChanged();
    }

    public AllOrdersModel model() {
        return model;
    }

    /** True when the matrix shows the window's scenario under its isolation picks as they are now. */
    public boolean current() {
        return model.currentProperty().get();
    }

    /** Explores every row again for the window's scenario and isolation picks; rows appear as they are done. */
    public void explore() {
        Scenario s = window.scenario();
        if (closed || s == null) return;
        cancelRunning();
        Map<String, Isolation> isolation = window.isolationChoices();
        List<RunPlan> plans;
        try {
            plans = ExplorationPlans.of(s, window.scheduleNameProperty().get(), isolation);
        } catch (RuntimeException e) {
            model.clear("Cannot explore " + s.title() + ": " + e.getMessage());
            return;
        }
        Explorer explorer = explorers.get();
        java.math.BigInteger total = plans.stream().map(Explorer::ordersOf).reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
        if (total.compareTo(java.math.BigInteger.valueOf(Explorer.DEFAULT_MAX_ORDERS)) > 0) {
            String ask = s.id() + "|" + isolation + "|" + total;
            if (!ask.equals(confirmed)) {
                confirmed = ask;
                model.clear(String.format("Exploring every order of %s means running %,d orders for real on %s, which can take a long"
                        + " time. Click Explore again to run them all, or open a scenario with fewer steps.", s.title(), total,
                        explorer.engine().displayName()));
                return;
            }
            explorer = explorer.withMaxOrders(total.min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue());
        }
        confirmed = null;
        final Explorer chosen = explorer;
        exploredScenario = s;
        exploredIsolation = isolation;
        exploredSchedule = window.scheduleNameProperty().get();
        exploredEngine = chosen.engine();
        long gen = ++generation;
        model.setHeading(heading(s, chosen.engine()));
        model.setNotice("");
        model.startRows(plans.stream().map(ExplorationPlans::pendingRow).toList());
        model.setProgress(progressText(plans.get(0), 0, plans.size()));
        running = worker.submit(() -> exploreAll(gen, chosen, plans));
    }

    /** Stops the exploration under way; the rows done so far stay. */
    public void cancel() {
        if (running == null) return;
        int done = (int) model.rowsProperty().stream().filter(r -> !r.pending()).count();
        cancelRunning();
        model.setProgress("Cancelled after " + done + " of " + model.rowsProperty().size() + " rows.");
    }

    /** Chooses a cell (ORDERS for the whole row): lists its orders and shows the row's outcomes of that kind. */
    public void select(MatrixRow row, OutcomeKind kind) {
        model.select(row, kind);
    }

    /** Switches the window to the row's protection and replays {@code order} to its end, ready to step back. */
    public void load(MatrixRow row, List<String> order) {
        if (closed || exploredScenario == null || exploredScenario != window.scenario()) return;
        session.replayOrder(row.protectionId(), exploredIsolation, order);
        afterLoad.run();
    }

    /** Cancels any exploration and ends this controller's thread; the explorer's threads end with it. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        window.scenarioProperty().removeListener(windowChanged);
        window.planVersionProperty().removeListener(windowChanged);
        cancelRunning();
        worker.shutdownNow();
    }

    /** Waits for the thread to end; true when it did within the time given. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return worker.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private void cancelRunning() {
        generation++;
        if (running != null) running.cancel(true);
        running = null;
        model.setRunning(false);
    }

    /** The worker thread: explores the plans one after another and hands each row to the FX thread. */
    private void exploreAll(long gen, Explorer explorer, List<RunPlan> plans) {
        long start = System.nanoTime();
        int orders = 0;
        for (int i = 0; i < plans.size(); i++) {
            RunPlan plan = plans.get(i);
            int index = i;
            MatrixRow pending = ExplorationPlans.pendingRow(plan);
            MatrixRow row;
            try {
                ExplorationRow r = explorer.explore(plan);
                orders += r.orders();
                row = pending.done(r);
            } catch (InterruptedException e) {
                return; // cancelled or closed: nothing more is shown
            } catch (RunSetupException | Explorer.TooManyOrders | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) return;
                row = pending.failed(String.valueOf(e.getMessage()));
            }
            if (Thread.currentThread().isInterrupted()) return;
            MatrixRow finished = row;
            String next = i + 1 < plans.size() ? progressText(plans.get(i + 1), i + 1, plans.size()) : null;
            fx(gen, () -> {
                model.finishRow(index, finished);
                if (next != null) model.setProgress(next);
                if (index == 0 && model.selectedRowProperty().get() == null) model.select(finished, OutcomeKind.ORDERS);
            });
        }
        String summary = "Explored " + plans.size() + (plans.size() == 1 ? " protection, " : " protections, ") + orders + " distinct orders, in "
                + String.format("%.1f s", (System.nanoTime() - start) / 1e9) + ".";
        fx(gen, () -> {
            model.setRunning(false);
            model.setProgress(summary);
            running = null;
        });
    }

    /** Runs {@code work} on the FX thread unless a newer exploration (or closing) made it stale. */
    private void fx(long gen, Runnable work) {
        fxThread.execute(() -> {
            if (gen == generation && !closed) work.run();
        });
    }

    /** A new scenario or other isolation picks make the rows stale: they are cleared, and exploring again is up to the user. */
    private void windowChanged() {
        Scenario s = window.scenario();
        if (s == null) {
            cancelRunning();
            model.setHeading("All orders");
            model.clear("Open a scenario, then explore all its orders.");
        } else if (s != exploredScenario) {
            cancelRunning();
            exploredScenario = null;
            model.setHeading(heading(s, session.engine().info()));
            model.clear("Explore all orders runs every order of " + s.title() + "'s steps for real, with no protection and under each protection.");
        } else if (exploredEngine != null && !session.engine().info().equals(exploredEngine)) {
            cancelRunning();
            exploredScenario = null;
            model.setHeading(heading(s, session.engine().info()));
            model.clear("The engine changed since these orders were explored: explore again to count them on "
                    + session.engine().info().displayName() + ".");
        } else if (!java.util.Objects.equals(window.scheduleNameProperty().get(), exploredSchedule)) {
            cancelRunning();
            exploredScenario = null;
            model.clear("Another schedule was chosen since these orders were explored: explore again to count the orders of its steps.");
        } else if (!window.isolationChoices().equals(exploredIsolation)) {
            cancelRunning();
            exploredScenario = null;
            model.clear("The isolation levels changed since these orders were explored: explore again to count them under "
                    + levels(window.isolationChoices()) + ".");
        }
    }

    private static String levels(Map<String, Isolation> picks) {
        if (picks.isEmpty()) return "each protection's own levels";
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(picks).forEach((lane, level) -> b.append(b.length() == 0 ? "" : ", ").append(lane).append(' ').append(level.sqlName()));
        return b.toString();
    }

    private static String heading(Scenario s, EngineInfo engine) {
        return s.title() + ": every order of the steps, run for real on " + engine.displayName();
    }

    private static String progressText(RunPlan plan, int index, int total) {
        return "Exploring " + plan.protectionTitle() + "… " + (index + 1) + " of " + total;
    }
}
