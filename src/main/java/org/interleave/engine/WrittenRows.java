// Turns the rows a statement returned about its writes into before → after changes, for the diagram and transcript.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values after come from the statement itself (the engine's RETURNING, see
 * {@link DatabaseEngine#returningWrites}); the values before from the lane's own earlier writes in the same
 * transaction or, for a row it had not written yet, from the committed data, read on the observer connection after the
 * statement: the lane holds the row's lock until its transaction ends, so no other lane can have committed a newer
 * version meanwhile, and the committed version is the one the statement changed (under READ COMMITTED, the one it
 * re-read after a wait). No lane runs an extra statement, so what the lanes do is unchanged.
 */
final class WrittenRows {
    /** Changes listed per step; the rest are counted in the step's answer. */
    static final int MAX_CHANGES = 8;

    private final RunDatabase database;
    private final Connection observer;
    private final Map<String, List<String>> keys = new HashMap<>();
    private final Map<String, Optional<TableShape>> shapes = new HashMap<>();

    WrittenRows(RunDatabase database, Connection observer) {
        this.database = database;
        this.observer = observer;
    }

    /**
     * @param ownWrites the lane's rows written so far in its open transaction, by {@link #rowId}; updated here
     * @param committedBefore false for an autocommit lane, whose change is committed before it can be read
     */
    List<RowChange> changes(WriteStatement write, TableShape table, ResultTable returned, Map<String, Map<String, String>> ownWrites,
            boolean committedBefore) {
        synchronized (observer) {
            try {
                return read(write, table, returned, ownWrites, committedBefore);
            } catch (SQLException e) {
                return List.of();
            }
        }
    }

    private List<RowChange> read(WriteStatement write, TableShape table, ResultTable returned, Map<String, Map<String, String>> ownWrites,
            boolean committedBefore) throws SQLException {
        List<String> key = keyOf(table.name());
        Map<String, Map<String, String>> committed = null;
        boolean committedKnown = committedBefore;
        List<RowChange> changes = new ArrayList<>();
        for (List<String> values : returned.rows()) {
            if (changes.size() == MAX_CHANGES) break;
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < returned.columns().size(); i++) row.put(returned.columns().get(i), values.get(i));
            Map<String, String> keyValues = new LinkedHashMap<>();
            for (String k : key) if (row.containsKey(k)) keyValues.put(k, row.get(k));
            if (keyValues.size() != key.size()) keyValues.clear();
            String id = rowId(write.table(), keyValues);
            if (write.verb() == WriteStatement.Verb.DELETE) {
                ownWrites.remove(id);
                changes.add(new RowChange(RowChange.Kind.DELETED, keyValues, row, null));
                continue;
            }
            Map<String, String> before = keyValues.isEmpty() ? null : ownWrites.get(id);
            if (before == null && !keyValues.isEmpty() && committedKnown) {
                if (committed == null) {
                    try {
                        committed = committedRows(table.name(), key);
                    } catch (SQLException unreadable) {
                        committedKnown = false; // the values after are still told, without the earlier ones
                        committed = Map.of();
                    }
                }
                before = committed.get(id);
            }
            if (!keyValues.isEmpty()) ownWrites.put(id, row);
            RowChange.Kind kind = keyValues.isEmpty() || (before == null && !committedKnown) ? RowChange.Kind.WRITTEN
                    : before == null ? RowChange.Kind.INSERTED : RowChange.Kind.UPDATED;
            changes.add(new RowChange(kind, keyValues, before, row));
        }
        return List.copyOf(changes);
    }

    /**
     * The table as the run's catalog names it, with its columns; empty when it is not one of the run's tables (yet).
     * Read once per table and kept until a step changes the tables ({@link #tablesChanged}).
     */
    Optional<TableShape> shape(String table) {
        synchronized (observer) {
            String name = table.toLowerCase(Locale.ROOT);
            Optional<TableShape> known = shapes.get(name);
            if (known != null && known.isPresent()) return known;
            try {
                Optional<TableShape> found = database.tables(observer, false).stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst();
                shapes.put(name, found);
                return found;
            } catch (SQLException e) {
                return Optional.empty();
            }
        }
    }

    /** A step ran DDL: the tables, their columns and keys are read again when next needed. */
    void tablesChanged() {
        synchronized (observer) {
            shapes.clear();
            keys.clear();
        }
    }

    /** The key by which a lane's own writes are remembered: the table and the row's key values. */
    static String rowId(String table, Map<String, String> key) {
        return table.toLowerCase(Locale.ROOT) + "|" + key;
    }

    private List<String> keyOf(String table) throws SQLException {
        List<String> key = keys.get(table);
        if (key == null) {
            key = database.primaryKey(observer, table).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            keys.put(table, key);
        }
        return key;
    }

    /** The committed rows of the table by {@link #rowId}, as another session reads them now. */
    private Map<String, Map<String, String>> committedRows(String table, List<String> key) throws SQLException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Statement s = observer.createStatement()) {
            s.setMaxRows(TableSnapshot.MAX_COMPARED_ROWS);
            // runs on the lane's thread before its answer is told: a table locked by another lane's DDL must not hold
            // the answer up, so the earlier values are then left out (SQLException: no "before")
            s.setQueryTimeout(1);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + database.quote(table))) {
                ResultTable t = ResultTable.read(rs, TableSnapshot.MAX_COMPARED_ROWS);
                for (List<String> values : t.rows()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < t.columns().size(); i++) row.put(t.columns().get(i), values.get(i));
                    Map<String, String> keyValues = new LinkedHashMap<>();
                    for (String k : key) keyValues.put(k, row.get(k));
                    rows.put(rowId(table, keyValues), row);
                }
            }
        }
        return rows;
    }
}
