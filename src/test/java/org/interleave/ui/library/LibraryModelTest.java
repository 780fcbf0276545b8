// The library lists every built-in at once from the build's index, then each becomes openable as its file is checked.
package org.interleave.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.interleave.ui.session.ControlThread;
import org.interleave.ui.session.FxSessionBridge;
import org.junit.jupiter.api.Test;

class LibraryModelTest {
    @Test
    void everyBuiltInIsListedBeforeAnyIsCheckedAndEachOpensOnceChecked() throws Exception {
        List<List<LibraryEntry>> seen = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (ControlThread control = new ControlThread()) {
            LibraryModel model = new LibraryModel(control, new FxSessionBridge(Runnable::run, () -> {}));
            model.allEntries().addListener((ListChangeListener<LibraryEntry>) c -> seen.add(List.copyOf(model.allEntries())));
            model.load(List.of(), done::countDown);
            assertTrue(done.await(60, TimeUnit.SECONDS));
        }
        List<LibraryEntry> first = seen.get(0);
        List<LibraryEntry> last = seen.get(seen.size() - 1);
        assertTrue(first.size() >= 14 && first.stream().allMatch(LibraryEntry::checking), "at once, every built-in, being checked: " + first);
        assertTrue(last.stream().allMatch(LibraryEntry::loaded), () -> "in the end every built-in opens; not: "
                + last.stream().filter(e -> !e.loaded()).map(e -> e.title() + " " + e.problems()).toList() + " (of " + seen.size() + " lists seen)");
        assertEquals(last.stream().map(LibraryEntry::title).toList(), first.stream().map(LibraryEntry::title).toList());
        assertEquals(last.stream().map(LibraryEntry::group).toList(), first.stream().map(LibraryEntry::group).toList(),
                "each is listed under its phenomenon from the start");
        assertTrue(seen.stream().anyMatch(l -> l.stream().anyMatch(LibraryEntry::loaded) && l.stream().anyMatch(LibraryEntry::checking)),
                "the list fills in file by file, not all at the end");
    }

    @Test
    void noFileIsCheckedBeforeTheWindowSaysSoAndEveryOneIsOnceItHas() throws Exception {
        List<List<LibraryEntry>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> firstFrame = new java.util.concurrent.CompletableFuture<>();
        try (ControlThread control = new ControlThread()) {
            LibraryModel model = new LibraryModel(control, new FxSessionBridge(Runnable::run, () -> {}));
            javafx.collections.ObservableList<LibraryEntry> entries = model.allEntries(); // held: a view's listener goes with it
            entries.addListener((ListChangeListener<LibraryEntry>) c -> seen.add(List.copyOf(entries)));
            model.holdChecksUntil(firstFrame);
            model.load(List.of(), done::countDown);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.isEmpty() && System.nanoTime() < until) Thread.sleep(10);
            assertFalse(done.await(4, TimeUnit.SECONDS), "the check waits for the first frame (checking every file takes about 2 s)");
            assertEquals(1, seen.size(), "listed from the index, nothing checked yet: " + seen);
            assertTrue(seen.get(0).stream().allMatch(LibraryEntry::checking));
            firstFrame.complete(null);
            assertTrue(done.await(60, TimeUnit.SECONDS));
        }
        assertTrue(seen.get(seen.size() - 1).stream().allMatch(LibraryEntry::loaded), "then every built-in is checked and opens");
    }
}
