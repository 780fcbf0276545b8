// The lock monitor believes only readings of InnoDB's lock cache that it can prove fresh, even with other readers about.
package org.interleave.engine.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.interleave.TestEngines;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.RunTestAccess;
import org.interleave.engine.StepStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockWaitMonitorTest {
    @BeforeAll
    static void needsAServer() {
        Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getenv().getOrDefault("INTERLEAVE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/"),
                System.getenv().getOrDefault("INTERLEAVE_MARIADB_USER", "root"), System.getenv().getOrDefault("MARIADB_PASSWORD", ""));
    }

    @Test
    void aReadingTellsAFreshCacheFromOneFilledBeforeIt() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            Thread.sleep(250); // longer than the cache's 100 ms: the next reading fills it anew
            long start = System.nanoTime();
            assertTrue(LockWaitMonitor.cacheShows(s, "first reading"), "a cache filled by this reading shows its query");
            boolean second = LockWaitMonitor.cacheShows(s, "second reading");
            long millis = (System.nanoTime() - start) / 1_000_000;
            s.execute("COMMIT");
            Assumptions.assumeTrue(millis < 90, "the two readings lay " + millis + " ms apart: the cache may have been filled anew");
            assertFalse(second, "a cache filled less than 100 ms ago still shows the first reading's query");
        }
    }

    @Test
    void anotherReaderThatFreezesTheLockTablesLeavesTheHolderUnnamedButMakesNoWaitsUp() throws Exception {
        // InnoDB fills its lock cache only after 100 ms without readers: a reader every 7 ms keeps it frozen
        List<String> expected = List.of("T1 a completed", "T2 b completed", "T1 b waiting for []", "T2 a failed deadlock",
                "T1 b completed", "T1 s3 completed", "T2 s3 skipped");
        AtomicBoolean stop = new AtomicBoolean();
        try (Connection other = connect()) {
            // as another tool, or a second Interleave, reading the same server's lock tables all the time would
            Thread reader = new Thread(() -> {
                try (Statement s = other.createStatement()) {
                    while (!stop.get()) {
                        s.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_lock_waits").close();
                        Thread.sleep(7);
                    }
                } catch (Exception e) {
                    // the test's own assertions tell whether the runs were right
                }
            }, "other-lock-reader");
            reader.start();
            try {
                for (int i = 0; i < 5; i++) {
                    RunRecord record = RunRecord.execute(RunTestAccess.twoRows(), TestEngines.mariadb().orElseThrow(), null);
                    assertEquals(expected, story(record.events()), "run " + (i + 1));
                    assertEquals(LaneState.ABORTED, record.lanes().get("T2"));
                }
            } finally {
                stop.set(true);
                reader.join(2000);
            }
        }
    }

    private static List<String> story(List<RunEvent> events) {
        return events.stream().map(e -> e.lane() + " " + e.stepId() + " " + e.status().id()
                + (e.status() == StepStatus.WAITING ? " for " + e.waitingFor() : "")
                + (e.error() != null ? " " + e.error().kind().id() : "")).toList();
    }
}
