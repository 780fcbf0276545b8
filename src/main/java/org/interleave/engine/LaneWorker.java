// One lane of a run: its own connection, its own thread, its captured variables and its transaction state.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.interleave.scenario.Capture;
import org.interleave.scenario.Guards;
import org.interleave.scenario.Lane;
import org.interleave.scenario.NamedParameters;
import org.interleave.scenario.Step;
import org.interleave.scenario.StepKind;
import org.interleave.scenario.TransactionStart;

final class LaneWorker {
    /** Prefix of every lane thread's name, so tests and people can see that none is left behind. */
    static final String THREAD_PREFIX = "interleave-lane-";

    final Lane lane;
    final long sessionId;
    private final Connection connection;
    private final ExecutorService thread;
    private final LaneThreads threads;
    /** Values captured by earlier steps; touched only on the lane's thread. */
    private final Map<String, Object> variables = new LinkedHashMap<>();
    /** Guarded by the Run. */
    LaneState state = LaneState.NOT_STARTED;
    /** Guarded by the Run. */
    int nextStep;
    /** Guarded by the Run. */
    StepTicket pending;
    private volatile PreparedStatement running;
    private final int queryTimeoutSeconds;
    private boolean released;
    /** A step of several statements goes to the database in one request (see BlockSender). */
    private final boolean blockAtOnce;
    /** Work handed to the lane's thread and not yet ended. */
    private final java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
    /** A transaction the lane opened with a BEGIN step (it runs in autocommit otherwise); touched only on the lane's thread. */
    private TransactionStart explicit;
    /** The isolation level of the lane's open (or next) transaction; read by the watcher's thread. */
    private volatile org.interleave.scenario.Isolation level;
    /** Opens and ends such a transaction on the lane's connection: the engine's and the run database's part of it. */
    private final ExplicitTransactions transactions;
    /** Reads, without a statement, whether the lane's transaction has failed (see DatabaseEngine#transactionFailed). */
    private final java.util.function.Function<Connection, java.util.Optional<Boolean>> failedProbe;

    /** @param queryTimeoutSeconds JDBC's query timeout for the lane's statements, 0 for none (the watcher bounds them) */
    LaneWorker(Lane lane, Connection connection, long sessionId, LaneThreads threads, int queryTimeoutSeconds) throws SQLException {
        this(lane, connection, sessionId, threads, queryTimeoutSeconds, c -> java.util.Optional.empty(), ExplicitTransactions.JDBC, false);
    }

    LaneWorker(Lane lane, Connection connection, long sessionId, LaneThreads threads, int queryTimeoutSeconds,
            java.util.function.Function<Connection, java.util.Optional<Boolean>> failedProbe, ExplicitTransactions transactions,
            boolean blockAtOnce) throws SQLException {
        this.lane = lane;
        this.blockAtOnce = blockAtOnce;
        this.failedProbe = failedProbe;
        this.transactions = transactions;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
        this.connection = connection;
        this.sessionId = sessionId;
        connection.setAutoCommit(!lane.transactional());
        this.threads = threads;
        this.thread = threads.lend();
    }

    List<Step> steps() {
        return lane.steps();
    }

    boolean busy() {
        StepTicket p = pending;
        return p != null && !p.finished();
    }

    /**
     * True while work handed to the lane's thread has not ended: also after its step was answered, while the thread
     * still rolls back after a failure. Its connection must not be handed back before that, or the rollback would
     * land in the next run that is lent the same session (measured: an explored order whose T2 lost its insert).
     */
    boolean working() {
        return tasks.get() > 0;
    }

    /** Runs {@code work} on the lane's own thread. */
    void submit(Runnable work) {
        tasks.incrementAndGet();
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } finally {
                    tasks.decrementAndGet();
                }
            });
        } catch (RuntimeException refused) {
            tasks.decrementAndGet();
            throw refused;
        }
    }

    /** A copy of the captured values, taken on the lane's thread (call after the lane's work has finished). */
    Map<String, Object> variablesSnapshot() {
        synchronized (variables) {
            return new LinkedHashMap<>(variables);
        }
    }

    Map<String, String> bindsFor(String sql) {
        Map<String, String> binds = new LinkedHashMap<>();
        synchronized (variables) {
            for (String name : NamedParameters.parse(sql).names()) binds.put(name, ValueText.of(variables.get(name)));
        }
        return binds;
    }

    /** The rows this lane wrote in its open transaction, by {@link WrittenRows#rowId}; touched only on the lane's thread. */
    final Map<String, Map<String, String>> ownWrites = new java.util.HashMap<>();

    /** Runs one statement on this lane's connection; called on the lane's thread. */
    StepExecution execute(Step step, String sql) {
        return execute(step, sql, null, List.of());
    }

    /** As above; with {@code returning}, sends the statement in that form, which also returns the rows it wrote. */
    StepExecution execute(Step step, String sql, ReturningForm returning, List<String> columns) {
        try {
            if (step.guard() != null && !guardHolds(step.guard())) return StepExecution.skippedByGuard();
            if (step.kind() == StepKind.BEGIN) {
                if (explicit != null || !connection.getAutoCommit()) {
                    return new StepExecution(null, null, null, false, lane.id() + " is already in a transaction; end it with COMMIT or"
                            + " ROLLBACK before the next BEGIN");
                }
                TransactionStart start = TransactionStart.parse(sql).orElseThrow();
                transactions.begin(connection, start);
                explicit = start;
                if (start.isolation() != null) level = start.isolation();
                return StepExecution.updated(0);
            }
            if (step.kind() == StepKind.COMMIT) {
                if (connection.getAutoCommit()) return StepExecution.updated(0);
                boolean failed = failedProbe.apply(connection).orElse(false);
                try {
                    connection.commit(); // on a failed PostgreSQL transaction this returns normally, having rolled back
                } finally {
                    endExplicit();
                }
                return failed ? StepExecution.commitAnsweredWithRollback() : StepExecution.updated(0);
            }
            if (step.kind() == StepKind.ROLLBACK) {
                try {
                    if (!connection.getAutoCommit()) connection.rollback();
                } finally {
                    endExplicit();
                }
                return StepExecution.updated(0);
            }
            if (returning != null) return executeReturning(step, returning, columns);
            if (step.kind() == StepKind.BLOCK) {
                try {
                    return BlockSender.send(sql, blockAtOnce, this::preparedRunning);
                } finally {
                    running = null;
                }
            }
            NamedParameters params = NamedParameters.parse(sql);
            try (PreparedStatement ps = connection.prepareStatement(params.jdbcSql())) {
                bind(ps, params);
                bound(ps);
                boolean countsRows = step.capture().values().stream().anyMatch(c -> c.kind() == Capture.Kind.ROW_COUNT);
                if (countsRows) ps.setMaxRows(TableSnapshot.MAX_COMPARED_ROWS + 1); // counted to the end, shown as usual
                running = ps;
                boolean hasRows = ps.execute();
                if (!hasRows) {
                    int count = ps.getUpdateCount();
                    captureCount(step, count);
                    return StepExecution.updated(count);
                }
                try (ResultSet rs = ps.getResultSet()) {
                    ResultTable table = ResultTable.read(rs);
                    int rowCount = table.rows().size();
                    if (countsRows && table.truncated()) {
                        rowCount++; // the row that told it was truncated
                        while (rs.next()) rowCount++;
                    }
                    String missing = capture(step, table, rowCount);
                    if (missing != null) return new StepExecution(table, null, null, false, missing);
                    return StepExecution.rows(table);
                }
            } finally {
                running = null;
            }
        } catch (SQLException e) {
            return StepExecution.failed(e);
        }
    }

    /** A data-changing statement sent to return its rows: the first rows are kept, all are counted. */
    private StepExecution executeReturning(Step step, ReturningForm form, List<String> columns) throws SQLException {
        NamedParameters params = NamedParameters.parse(form.sql());
        try (PreparedStatement ps = form.namedColumns() ? connection.prepareStatement(params.jdbcSql(), columns.toArray(String[]::new))
                : connection.prepareStatement(params.jdbcSql())) {
            bind(ps, params);
            if (queryTimeoutSeconds > 0) ps.setQueryTimeout(queryTimeoutSeconds);
            running = ps;
            if (form.namedColumns()) {
                int count = ps.executeUpdate();
                captureCount(step, count);
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    return StepExecution.wrote(count, ResultTable.read(rs));
                }
            }
            ps.setFetchSize(ResultTable.MAX_ROWS + 1);
            try (ResultSet rs = ps.executeQuery()) {
                ResultTable written = ResultTable.read(rs);
                int count = written.rows().size();
                if (written.truncated()) {
                    count++;
                    while (rs.next()) count++;
                }
                captureCount(step, count);
                return StepExecution.wrote(count, written);
            }
        } finally {
            running = null;
        }
    }

    /** One request of a block step: prepared with the lane's values bound, bounded, and cancellable as the running statement. */
    private PreparedStatement preparedRunning(String sql) throws SQLException {
        NamedParameters params = NamedParameters.parse(sql);
        PreparedStatement ps = connection.prepareStatement(params.jdbcSql());
        try {
            bind(ps, params);
            bound(ps);
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        running = ps;
        return ps;
    }

    private boolean guardHolds(String guard) throws SQLException {
        NamedParameters params = NamedParameters.parse(Guards.query(guard));
        try (PreparedStatement ps = connection.prepareStatement(params.jdbcSql())) {
            bind(ps, params);
            bound(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** No more rows than a result shows are fetched, and a runaway statement is stopped where the driver can. */
    private void bound(PreparedStatement ps) throws SQLException {
        ps.setMaxRows(ResultTable.MAX_ROWS + 1);
        if (queryTimeoutSeconds > 0) ps.setQueryTimeout(queryTimeoutSeconds);
    }

    private void bind(PreparedStatement ps, NamedParameters params) throws SQLException {
        synchronized (variables) {
            for (int i = 0; i < params.names().size(); i++) ps.setObject(i + 1, CapturedList.bindable(variables.get(params.names().get(i))));
        }
    }

    /**
     * Keeps what the step captures of its rows: the first row's value of a column, every row's (as a list, at most
     * {@link ResultTable#MAX_ROWS}), or the number of rows; returns a problem text if a column is missing.
     */
    private String capture(Step step, ResultTable table, int rowCount) {
        synchronized (variables) {
            for (Map.Entry<String, Capture> c : step.capture().entrySet()) {
                Capture what = c.getValue();
                if (what.kind() == Capture.Kind.ROW_COUNT) {
                    variables.put(c.getKey(), java.math.BigDecimal.valueOf(rowCount));
                    continue;
                }
                if (what.kind() == Capture.Kind.CHANGED_COUNT) continue; // a query changes no rows: the validator says so
                int col = table.columns().indexOf(what.column().toLowerCase(Locale.ROOT));
                if (col < 0) {
                    return "the result has no column `" + what.column() + "` to capture as :" + c.getKey() + "; columns are " + table.columns();
                }
                if (what.kind() == Capture.Kind.ALL_ROWS) {
                    if (table.truncated()) {
                        return "capture :" + c.getKey() + " would keep more than " + ResultTable.MAX_ROWS + " rows; narrow the query (a WHERE or"
                                + " a LIMIT) or capture `{ count: rows }`";
                    }
                    List<Object> values = new java.util.ArrayList<>();
                    for (List<String> row : table.rows()) values.add(typed(row.get(col)));
                    variables.put(c.getKey(), new CapturedList(values));
                } else {
                    variables.put(c.getKey(), table.rows().isEmpty() ? null : typed(table.rows().get(0).get(col)));
                }
            }
        }
        return null;
    }

    /** Keeps the number of rows a data change wrote, for the step's `{ count: changed }` captures. */
    private void captureCount(Step step, int count) {
        synchronized (variables) {
            for (Map.Entry<String, Capture> c : step.capture().entrySet()) {
                if (c.getValue().kind() == Capture.Kind.CHANGED_COUNT) variables.put(c.getKey(), java.math.BigDecimal.valueOf(Math.max(count, 0)));
            }
        }
    }

    /** What the step kept, as text ({@code [Alice, Bob]} for a list), for the step's event; on the lane's thread. */
    Map<String, String> capturedBy(Step step) {
        Map<String, String> shown = new LinkedHashMap<>();
        synchronized (variables) {
            for (String name : step.capture().keySet()) {
                if (variables.containsKey(name)) shown.put(name, ValueText.of(variables.get(name)));
            }
        }
        return shown;
    }

    /** Captured values are bound back as numbers when they look like numbers, else as text. */
    private static Object typed(String text) {
        if (text.equals("NULL")) return null;
        try {
            return new java.math.BigDecimal(text);
        } catch (NumberFormatException notNumber) {
            return text;
        }
    }

    /** What {@link #ownWrites} held at each savepoint of the open transaction; touched only on the lane's thread. */
    private final Map<String, Map<String, Map<String, String>>> atSavepoint = new java.util.HashMap<>();

    /**
     * Keeps the rows this lane wrote in step with a savepoint step that completed: set, the writes so far are kept
     * under its name; rolled back to, they are what they were then; released, it is forgotten. On the lane's thread.
     */
    void savepointReached(String sql) {
        TransactionStart.Savepoint.parse(sql).ifPresent(sp -> {
            switch (sp.op()) {
                case SET -> atSavepoint.put(sp.name(), copy(ownWrites));
                case ROLLBACK_TO -> {
                    Map<String, Map<String, String>> then = atSavepoint.get(sp.name());
                    ownWrites.clear();
                    if (then != null) ownWrites.putAll(copy(then));
                }
                case RELEASE -> atSavepoint.remove(sp.name());
            }
        });
    }

    private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> writes) {
        Map<String, Map<String, String>> c = new java.util.HashMap<>();
        writes.forEach((k, v) -> c.put(k, new java.util.HashMap<>(v)));
        return c;
    }

    /** Back to autocommit and the lane's own settings after a transaction opened by a BEGIN step; on the lane's thread. */
    private void endExplicit() throws SQLException {
        atSavepoint.clear();
        if (explicit == null) return;
        explicit = null;
        level = null;
        transactions.end(connection, lane.isolation());
    }

    /** The isolation level the lane's transaction runs at now: its BEGIN's, else the lane's own; on any thread. */
    org.interleave.scenario.Isolation currentLevel() {
        org.interleave.scenario.Isolation asked = level;
        return asked != null ? asked : lane.isolation();
    }

    /** True while a transaction opened by a BEGIN step is open; on the lane's thread. */
    boolean inExplicitTransaction() {
        return explicit != null;
    }

    /** The lane's state after {@code step} completed; called under the Run's lock, on the lane's thread. */
    LaneState stateAfter(Step step) {
        if (step.crash()) return LaneState.CRASHED;
        if (step.kind() == StepKind.COMMIT) return LaneState.COMMITTED;
        if (step.kind() == StepKind.ROLLBACK) return LaneState.ROLLED_BACK;
        return lane.transactional() || explicit != null ? LaneState.ACTIVE : LaneState.COMMITTED;
    }

    /** Rolls back after a failure, as an application would; called on the lane's thread. */
    void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
            endExplicit();
        } catch (SQLException ignored) {
            // the connection is gone; nothing is left to roll back
        }
    }

    /** Hands the connection back to its database at the end of the run (once; a crashed lane's is closed already). */
    void releaseConnection(RunDatabase database) {
        if (released) return;
        released = true;
        database.release(connection);
    }

    /** Closes the connection without commit, as a crashed application process would. */
    void closeConnection() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already closed or cut by the database shutting down
        }
    }

    /** Asks the database to stop the running statement; the lane's thread goes on. */
    void cancelStatement() {
        PreparedStatement ps = running;
        if (ps == null) return;
        try {
            ps.cancel();
        } catch (SQLException ignored) {
            // the statement ended meanwhile
        }
    }

    /** Asks the database to stop the running statement and interrupts the lane's thread. */
    void cancelRunning() {
        PreparedStatement ps = running;
        if (ps != null) {
            try {
                ps.cancel();
            } catch (SQLException ignored) {
                // the statement ended meanwhile
            }
        }
        thread.shutdownNow();
    }

    /** Gives the lane's thread back (ended unless threads are kept and it is idle); true when that went cleanly. */
    boolean releaseThread(long millis) {
        return threads.takeBack(thread, busy() || working() || thread.isShutdown(), millis);
    }
}
