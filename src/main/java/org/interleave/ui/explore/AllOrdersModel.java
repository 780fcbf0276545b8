// What the All-orders view shows: a line per protection, the chosen cell and its orders, progress and notes. FX thread only.
package org.interleave.ui.explore;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/** The controller changes it; views only read it. */
public final class AllOrdersModel {
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyListWrapper<MatrixRow> rows = new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyDoubleWrapper done = new ReadOnlyDoubleWrapper(this, "done");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<MatrixRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<OutcomeKind> selectedKind = new ReadOnlyObjectWrapper<>(this, "selectedKind");
    private final ReadOnlyListWrapper<List<String>> listedOrders =
            new ReadOnlyListWrapper<>(this, "listedOrders", FXCollections.observableArrayList());

    /** "Shop credits: every order of the steps, run for real on H2 2.5.252 (embedded, in memory)". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** No protection first, then each protection; a row's result is null until it is explored. */
    public ReadOnlyListProperty<MatrixRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the rows were explored for the window's scenario and isolation picks as they are now. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "Exploring Ledger (insert-only)… 2 of 5", or how the last exploration ended. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The share of rows explored, 0 to 1. */
    public ReadOnlyDoubleProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** What the user should know or do next (explore, explore again after a change, a failure), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MatrixRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The chosen column of the selected row; ORDERS when the whole row was chosen. */
    public ReadOnlyObjectProperty<OutcomeKind> selectedKindProperty() {
        return selectedKind.getReadOnlyProperty();
    }

    /** The orders of the chosen cell, each as lane ids in the order their steps were issued. */
    public ReadOnlyListProperty<List<String>> listedOrdersProperty() {
        return listedOrders.getReadOnlyProperty();
    }

    void setHeading(String text) {
        heading.set(text);
    }

    void startRows(List<MatrixRow> pending) {
        select(null, null);
        rows.setAll(pending);
        done.set(0);
        running.set(true);
        current.set(true);
    }

    void clear(String why) {
        select(null, null);
        rows.clear();
        running.set(false);
        current.set(false);
        progress.set("");
        done.set(0);
        notice.set(why);
    }

    /** Replaces the row at {@code index} with its explored (or failed) version; keeps the selection on it. */
    void finishRow(int index, MatrixRow row) {
        MatrixRow was = rows.get(index);
        rows.set(index, row);
        done.set((index + 1.0) / rows.size());
        if (selectedRow.get() == was) select(row, selectedKind.get());
    }

    void setRunning(boolean on) {
        running.set(on);
    }

    void setProgress(String text) {
        progress.set(text);
    }

    void setNotice(String text) {
        notice.set(text);
    }

    void select(MatrixRow row, OutcomeKind kind) {
        selectedRow.set(row);
        selectedKind.set(row == null ? null : kind);
        listedOrders.setAll(row == null || row.result() == null || kind == null ? List.of() : kind.orders(row.result()));
    }
}
