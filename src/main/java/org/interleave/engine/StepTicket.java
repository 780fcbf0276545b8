// One issued step of a lane, from the moment it is sent until the database answers.
package org.interleave.engine;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.interleave.scenario.Step;

final class StepTicket {
    final int stepIndex;
    final Step step;
    final String sql;
    final Map<String, String> binds;
    /** What the step writes, when its rows are read back for the diagram; null otherwise. */
    final WriteStatement write;
    /** How the statement is sent so that it also returns the rows it wrote ({@link DatabaseEngine#returningWrites}); null otherwise. */
    final ReturningForm returning;
    /** The written table as its catalog names it (its columns are the ones a {@link ReturningForm#namedColumns()} asks for); null otherwise. */
    final TableShape writtenTable;
    final long startNanos = System.nanoTime();
    /** When the lane's thread began to execute the statement; 0 until then. */
    volatile long executingSince;
    /** The lane thread's id and CPU time (ns) when it began the statement; -1 where the JVM does not measure it. */
    volatile long laneThreadId = -1;
    volatile long executingCpuSince = -1;
    /** Guarded by the Run: set when the worker recorded the final event. */
    RunEvent finalEvent;
    /** Guarded by the Run: the step was reported as waiting before it finished. */
    boolean reportedWaiting;
    /** Guarded by the Run: when it was reported waiting (System.nanoTime). */
    long waitingSince;
    /** Guarded by the Run: the lanes it was reported waiting for. */
    java.util.List<String> waitingFor = java.util.List.of();
    /** Set by the watcher: the step ran past the time limit without waiting for a lock, and was cancelled. */
    volatile boolean overLimit;
    /** Set by the watcher: the step closed a cycle of waits, so it was held until the database broke the cycle. */
    volatile boolean heldInCycle;

    StepTicket(int stepIndex, Step step, String sql, Map<String, String> binds) {
        this(stepIndex, step, sql, binds, null, null, null);
    }

    StepTicket(int stepIndex, Step step, String sql, Map<String, String> binds, WriteStatement write, ReturningForm returning,
            TableShape writtenTable) {
        this.stepIndex = stepIndex;
        this.step = step;
        this.sql = sql;
        this.binds = binds;
        this.write = write;
        this.returning = returning;
        this.writtenTable = writtenTable;
    }

    /** Opens when the final event is recorded, so a poll can wait for it with sub-millisecond precision. */
    final CountDownLatch answered = new CountDownLatch(1);
    /** Waits up to {@code micros} for the answer, spinning at most {@code spinMicros} first; returns whether it came. */
    boolean awaitAnswer(long micros, long spinMicros) {
        // A short spin first: in process most statements answer within tens of microseconds, and parking costs more.
        long spinUntil = System.nanoTime() + Math.min(micros, spinMicros) * 1000;
        while (answered.getCount() > 0 && System.nanoTime() < spinUntil) Thread.onSpinWait();
        if (answered.getCount() == 0) return true;
        try {
            return answered.await(micros, TimeUnit.MICROSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answered.getCount() == 0;
        }
    }

    boolean finished() {
        return finalEvent != null;
    }
}
