// A thread that spins (H2's duplicate-key wait) shows CPU time; one that is merely held up shows next to none.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LaneCpuTest {
    private static long[] measure(Runnable work) throws InterruptedException {
        AtomicLong id = new AtomicLong();
        AtomicLong since = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            id.set(Thread.currentThread().getId());
            since.set(LaneCpu.now());
            started.countDown();
            work.run();
        });
        t.start();
        started.await();
        Thread.sleep(300);
        long cpu = LaneCpu.of(id.get(), since.get());
        t.interrupt();
        t.join();
        return new long[] {cpu};
    }

    @Test
    void aSpinningThreadSpendsCpuAndASleepingOneDoesNot() throws Exception {
        long spinning = measure(() -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) x += System.nanoTime() & 1;
        })[0];
        long sleeping = measure(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })[0];
        org.junit.jupiter.api.Assumptions.assumeTrue(spinning >= 0, "this JVM measures no thread CPU time: the watcher then goes by wall time alone");
        assertTrue(spinning >= 100_000_000L, "a spinning thread used " + spinning / 1_000_000 + " ms of CPU in 300 ms");
        assertTrue(sleeping < 20_000_000L, "a held-up thread used " + sleeping / 1_000_000 + " ms");
    }
}
