// The scenarios to pick from: built-ins plus the files and folders the user opened, loaded off the FX thread.
package org.interleave.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.ScenarioLibrary;
import org.interleave.ui.session.ControlThread;
import org.interleave.ui.session.FxSessionBridge;

public final class LibraryModel {
    private static final long LONGEST_HOLD_MILLIS = 5_000;
    private final ControlThread control;
    private final FxSessionBridge bridge;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<LibraryEntry> shown = new FilteredList<>(entries);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** FX thread only: the files and folders opened so far, in order. */
    private final List<Path> extra = new ArrayList<>();
    /** The first check of the built-in files starts when this completes: the window's first frame, by default at once. */
    private volatile CompletionStage<?> checksMayStart = CompletableFuture.completedFuture(null);

    public LibraryModel(ControlThread control, FxSessionBridge bridge) {
        this.control = control;
        this.bridge = bridge;
        query.addListener((o, was, now) -> shown.setPredicate(e -> e.matches(now)));
    }

    /**
     * Holds the first check of the built-in files (YAML and SQL parsing, on the control thread) until {@code gate}
     * completes, or {@value #LONGEST_HOLD_MILLIS} ms have passed: the window shows them as "checking…" from the index
     * meanwhile, and its first frame does not share the machine's cores with the check.
     */
    public void holdChecksUntil(CompletionStage<?> gate) {
        checksMayStart = gate;
    }

    /** False when the control thread was stopped meanwhile (the window closes): then nothing is checked. */
    private boolean awaitChecksMayStart() {
        try {
            checksMayStart.toCompletableFuture().get(LONGEST_HOLD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            // no first frame to wait for: check now
        }
        return true;
    }

    /** The entries matching the search, built-ins first, then opened files in the order opened. */
    public ObservableList<LibraryEntry> shownEntries() {
        return shown;
    }

    public ObservableList<LibraryEntry> allEntries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The search text; every word must match. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Loads the built-ins plus {@code paths} (files or folders) and calls {@code then} on the FX thread. */
    public void load(List<Path> paths, Runnable then) {
        for (Path p : paths) {
            // opening a folder or file again after fixing it reloads it rather than listing it twice
            if (extra.stream().noneMatch(known -> known.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize()))) extra.add(p);
        }
        List<Path> all = List.copyOf(extra);
        loading.set(true);
        boolean first = entries.isEmpty();
        control.execute(() -> {
            List<LibraryEntry> loaded = new ArrayList<>();
            try {
                if (first) {
                    // listed at once from the build's index, then each built-in replaces its line as its file is checked
                    List<LibraryEntry> pending = ScenarioLibrary.catalogue(List.of()).scenarios().stream().map(LibraryEntry::checking).toList();
                    bridge.fx(() -> entries.setAll(pending));
                    if (!awaitChecksMayStart()) return;
                    ScenarioLibrary.builtIn(r -> {
                        loaded.add(LibraryEntry.of(r, true));
                        List<LibraryEntry> now = new ArrayList<>(loaded);
                        if (now.size() < pending.size()) now.addAll(pending.subList(now.size(), pending.size()));
                        bridge.fx(() -> entries.setAll(now));
                    });
                } else {
                    for (LoadResult r : ScenarioLibrary.builtIn().results()) loaded.add(LibraryEntry.of(r, true));
                }
            } catch (IllegalStateException e) {
                loaded.clear();
                loaded.add(LibraryEntry.of(new LoadResult(ScenarioLibrary.BUILT_IN_FOLDER, null,
                        List.of(new org.interleave.scenario.Problem(ScenarioLibrary.BUILT_IN_FOLDER, org.interleave.scenario.Pos.UNKNOWN, e.getMessage()))), true));
            }
            for (Path p : all) {
                for (LoadResult r : ScenarioLibrary.loadPath(p)) loaded.add(LibraryEntry.of(r, false));
            }
            bridge.fx(() -> {
                entries.setAll(loaded);
                loading.set(false);
                then.run();
            });
        });
    }
}
