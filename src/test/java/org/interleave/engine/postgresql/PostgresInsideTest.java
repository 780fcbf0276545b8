// What the watcher reads of PostgreSQL between steps: row locks, waits for a transaction, a deadlock before it is broken.
package org.interleave.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.TestEngines;
import org.interleave.engine.Inside;
import org.interleave.engine.Inside.Lock;
import org.interleave.engine.Inside.LockKind;
import org.interleave.engine.Inside.WaitsFor;
import org.interleave.engine.Run;
import org.interleave.engine.RunListener;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class PostgresInsideTest {
    private final PostgresEngine pg = (PostgresEngine) TestEngines.postgres();

    private static RunPlan credits(String protection) {
        var scenario = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
        return protection == null ? PlanBuilder.unprotected(scenario) : PlanBuilder.plan(scenario, protection);
    }

    private static List<String> words(Inside inside) {
        return inside.locks().stream().map(Lock::words).toList();
    }

    @Test
    void aForUpdateReadHoldsTheRowTheOtherLaneWaitsForItsTransactionAndTheCommitFreesBoth() throws Exception {
        try (Run run = Run.start(credits("for-update"), pg, RunListener.NONE)) {
            assertEquals(StepStatus.COMPLETED, run.step("T1").status());
            Inside afterRead = run.inside();
            assertTrue(words(afterRead).contains("T1 holds a row lock on accounts id = 1 (FOR UPDATE)"), afterRead.lines().toString());
            assertEquals("in a transaction", afterRead.lanes().get(0).state());
            assertFalse(afterRead.lanes().get(0).transactionId().isEmpty(), "locking a row gives T1 a transaction id");
            assertEquals("no transaction", afterRead.lanes().get(1).state());

            assertEquals(StepStatus.WAITING, run.step("T2").status());
            Inside waiting = run.inside();
            assertEquals(List.of(new WaitsFor("T2", "T1")), waiting.waitsFor());
            assertEquals("waiting for a lock", waiting.lanes().get(1).state());
            assertTrue(waiting.locks().stream().anyMatch(l -> l.lane().equals("T2") && !l.granted() && l.kind() == LockKind.TRANSACTION
                    && l.words().equals("T2 waits for T1's transaction to end (it locked or changed the row T2 needs)")), waiting.lines().toString());
            assertTrue(waiting.raw().stream().anyMatch(r -> r.startsWith("T2 awaits transactionid ShareLock")), waiting.raw().toString());

            run.step("T1");
            run.step("T1");
            Inside afterCommit = waitUntilT2Holds(run);
            assertFalse(afterCommit.locks().stream().anyMatch(l -> l.lane().equals("T1")), "T1's locks end with its commit: " + afterCommit.lines());
            assertEquals("no transaction", afterCommit.lanes().get(0).state());
            assertTrue(afterCommit.waitsFor().isEmpty());
            assertTrue(words(afterCommit).contains("T2 holds a row lock on accounts id = 1 (FOR UPDATE)"), afterCommit.lines().toString());
        }
    }

    /** T1's commit releases T2, whose read then completes on its lane's thread. */
    private static Inside waitUntilT2Holds(Run run) throws InterruptedException {
        Inside inside = run.inside();
        for (int i = 0; i < 100 && !inside.waitsFor().isEmpty(); i++) {
            Thread.sleep(20);
            inside = run.inside();
        }
        return inside;
    }

    @Test
    void anUpdateInAnOpenTransactionHoldsItsRowUntilTheTransactionEnds() throws Exception {
        try (Run run = Run.start(credits(null), pg, RunListener.NONE)) {
            run.step("T1");
            Inside read = run.inside();
            assertTrue(read.locks().isEmpty(), "a plain read locks no row: " + read.lines());
            assertEquals("", read.lanes().get(0).transactionId(), "a transaction that only read has no id yet");
            run.step("T1");
            Inside written = run.inside();
            assertTrue(words(written).contains("T1 holds a row lock on accounts id = 1 (it changed the row: held until it commits or rolls back)"),
                    written.lines().toString());
            assertFalse(written.lanes().get(0).transactionId().isEmpty());
            List<Inside.RowVersion> versions = written.versions();
            assertEquals(2, versions.size(), "the old version and T1's new one: " + written.lines());
            assertEquals("1000", versions.get(0).values().get("balance"));
            assertEquals("T1", versions.get(0).endedBy(), "T1 replaced the committed version");
            assertFalse(versions.get(0).lockOnly());
            assertEquals("committed", versions.get(0).createdStatus());
            assertEquals("1100", versions.get(1).values().get("balance"));
            assertEquals("Fallen Stars", versions.get(1).values().get("name"));
            assertEquals("T1", versions.get(1).createdBy());
            assertEquals("not committed", versions.get(1).createdStatus());
            run.step("T1");
            Inside committed = run.inside();
            assertEquals("committed", committed.versions().get(1).createdStatus(), "after T1's COMMIT its version is committed");
            assertEquals("", committed.versions().get(1).endedBy());
        }
    }

    @Test
    void aDeadlockIsSeenAsACycleBeforeTheDatabaseBreaksIt() throws Exception {
        var scenario = ScenarioLibrary.builtIn().find("transfer-deadlock").orElseThrow();
        try (Run run = Run.start(PlanBuilder.unprotected(scenario), pg, RunListener.NONE)) {
            run.step("T1");
            run.step("T2");
            assertEquals(StepStatus.WAITING, run.step("T1").status());
            // T2's credit closes the cycle: PostgreSQL breaks it after deadlock_timeout, while the step is still out
            java.util.concurrent.atomic.AtomicReference<Inside> seen = new java.util.concurrent.atomic.AtomicReference<>();
            Thread watcher = new Thread(() -> {
                long until = System.nanoTime() + 10_000_000_000L;
                while (seen.get() == null && System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    Inside now = run.inside();
                    if (!now.deadlockCycle().isEmpty()) seen.set(now);
                }
            });
            watcher.start();
            var answer = run.step("T2");
            watcher.interrupt();
            watcher.join();
            assertEquals(StepStatus.FAILED, answer.status(), "PostgreSQL breaks the cycle");
            Inside cycle = seen.get();
            assertTrue(cycle != null, "the cycle was seen while the deadlock stood");
            assertEquals(java.util.Set.of("T1", "T2"), java.util.Set.copyOf(cycle.deadlockCycle()));
            assertTrue(cycle.lines().stream().anyMatch(l -> l.startsWith("deadlock: ")), cycle.lines().toString());
        }
    }

    @Test
    void aVersionsValuesStayUnderTheirColumnsAfterAColumnWasDropped() throws Exception {
        RunPlan plan = PostgresEngineTest.plan("""
                id: dropped-column
                title: Dropped column
                setup:
                  - CREATE TABLE notes (id INT PRIMARY KEY, gone INT, body TEXT)
                  - ALTER TABLE notes DROP COLUMN gone
                  - INSERT INTO notes VALUES (1, 'before')
                lanes:
                  - id: T1
                    steps:
                      - sql: UPDATE notes SET body = 'after' WHERE id = 1
                      - sql: COMMIT
                  - id: T2
                    steps:
                      - sql: SELECT body FROM notes WHERE id = 1
                      - sql: COMMIT
                """);
        try (Run run = Run.start(plan, pg, RunListener.NONE)) {
            run.step("T1");
            List<Inside.RowVersion> versions = run.inside().versions();
            assertEquals(2, versions.size(), versions.toString());
            assertEquals(java.util.Map.of("id", "1", "body", "before"), versions.get(0).values());
            assertEquals(java.util.Map.of("id", "1", "body", "after"), versions.get(1).values());
        }
    }

    @Test
    void eachLanesSnapshotSeesTheVersionsItsIsolationLevelLetsItSee() throws Exception {
        RunPlan plan = PostgresEngineTest.plan("""
                id: snapshots
                title: Snapshots
                setup:
                  - CREATE TABLE accounts (id INT PRIMARY KEY, balance INT)
                  - INSERT INTO accounts VALUES (1, 1000)
                lanes:
                  - id: T1
                    isolation: REPEATABLE READ
                    steps:
                      - sql: SELECT balance FROM accounts WHERE id = 1
                      - sql: COMMIT
                  - id: T2
                    isolation: READ COMMITTED
                    steps:
                      - sql: UPDATE accounts SET balance = 950 WHERE id = 1
                      - sql: COMMIT
                  - id: T3
                    isolation: READ COMMITTED
                    steps:
                      - sql: SELECT balance FROM accounts WHERE id = 1
                      - sql: COMMIT
                """);
        try (Run run = Run.start(plan, pg, RunListener.NONE)) {
            run.step("T1");
            run.step("T3");
            run.step("T2");
            Inside open = run.inside();
            assertEquals(List.of("T1", "T3"), version(open, "1000").seenBy(), "T2's change is not committed yet: " + open.lines());
            assertEquals(List.of("T2"), version(open, "950").seenBy(), "only T2 sees its own uncommitted version");
            assertTrue(version(open, "950").words().endsWith("; seen by T2"), version(open, "950").words());
            run.step("T2");
            Inside committed = run.inside();
            assertEquals(List.of("T1"), version(committed, "1000").seenBy(),
                    "T1's REPEATABLE READ snapshot, taken at its first read, still sees the old version: " + committed.lines());
            assertEquals(List.of("T2", "T3"), version(committed, "950").seenBy(),
                    "T3 is READ COMMITTED: its next statement sees T2's committed change, though T3 read before it");
            assertTrue(committed.lanes().get(0).snapshot().startsWith("sees the data as of its transaction's first statement"),
                    committed.lanes().get(0).snapshot());
            assertTrue(committed.lanes().get(2).snapshot().startsWith("no snapshot held: its next statement sees what is committed then"),
                    committed.lanes().get(2).snapshot());
            run.step("T1");
            Inside afterT1 = run.inside();
            assertEquals(List.of(), version(afterT1, "1000").seenBy(), "once T1 ends, no snapshot is left that sees the old version");
        }
    }

    private static Inside.RowVersion version(Inside inside, String balance) {
        return inside.versions().stream().filter(v -> balance.equals(v.values().get("balance"))).findFirst()
                .orElseThrow(() -> new AssertionError("no version with balance " + balance + ": " + inside.lines()));
    }

    @Test
    void numbersDatesAndTimesAreShownAsTheDatabaseWritesThemAndALaterColumnShowsItsDefault() throws Exception {
        RunPlan plan = PostgresEngineTest.plan("""
                id: typed-values
                title: Typed values
                setup:
                  - CREATE TABLE payments (id INT PRIMARY KEY, amount NUMERIC(10,2), due DATE, at TIMESTAMP, code UUID)
                  - INSERT INTO payments VALUES (1, -1050.25, '2026-12-06', '2026-12-06 20:30:01.5', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
                  - ALTER TABLE payments ADD COLUMN currency VARCHAR(3) DEFAULT 'EUR'
                lanes:
                  - id: T1
                    steps:
                      - sql: UPDATE payments SET amount = 12345678.0001 WHERE id = 1
                      - sql: COMMIT
                  - id: T2
                    steps:
                      - sql: SELECT amount FROM payments WHERE id = 1
                      - sql: COMMIT
                """);
        try (Run run = Run.start(plan, pg, RunListener.NONE)) {
            run.step("T1");
            List<Inside.RowVersion> versions = run.inside().versions();
            assertEquals(2, versions.size(), versions.toString());
            assertEquals(java.util.Map.of("id", "1", "amount", "-1050.25", "due", "2026-12-06", "at", "2026-12-06 20:30:01.5",
                    "code", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "currency", "EUR"), versions.get(0).values(),
                    "the version written before the column was added shows the column's default");
            assertEquals("12345678.00", versions.get(1).values().get("amount"));
        }
    }

    @Test
    void aRowTwoLanesLockForShareNamesBothLanes() throws Exception {
        RunPlan plan = PostgresEngineTest.plan("""
                id: shared-lock
                title: Shared lock
                setup:
                  - CREATE TABLE accounts (id INT PRIMARY KEY, balance INT)
                  - INSERT INTO accounts VALUES (1, 1000)
                lanes:
                  - id: T1
                    steps:
                      - sql: SELECT balance FROM accounts WHERE id = 1 FOR SHARE
                      - sql: COMMIT
                  - id: T2
                    steps:
                      - sql: SELECT balance FROM accounts WHERE id = 1 FOR SHARE
                      - sql: COMMIT
                """);
        try (Run run = Run.start(plan, pg, RunListener.NONE)) {
            run.step("T1");
            run.step("T2");
            Inside inside = run.inside();
            Inside.RowVersion row = inside.versions().get(0);
            assertTrue(row.lockOnly(), inside.lines().toString());
            assertEquals("T1 and T2", row.endedBy(), "the MultiXact's members are the two lanes");
            assertEquals("not committed", row.endedStatus());
            assertEquals(List.of("T1", "T2"), row.seenBy(), "a lock does not hide the version");
        }
    }

    @Test
    void aWatchedRunKnowsEachLanesSnapshotWhenItIsReadOnlyAfterTheLastStep() throws Exception {
        var scenario = ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
        RunPlan plan = PlanBuilder.unprotected(scenario).withIsolation("T1", org.interleave.scenario.Isolation.REPEATABLE_READ);
        try (Run run = Run.start(plan, pg, RunListener.NONE)) {
            run.watchBetweenSteps(); // as a replay does: the steps run one after another, the panel reads once at the end
            run.step("T1");
            run.step("T2");
            run.step("T2");
            run.step("T2");
            Inside end = run.inside();
            assertEquals(List.of("T1"), version(end, "1000").seenBy(), "T1's snapshot was noted after its read: " + end.lines());
            assertEquals(List.of("T2"), version(end, "950").seenBy());
        }
    }
}
