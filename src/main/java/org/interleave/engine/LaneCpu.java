// The CPU time a lane's thread has spent, for telling a spinning wait from a statement held up on a busy machine.
package org.interleave.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

final class LaneCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported()
            && enable();

    private LaneCpu() {}

    private static boolean enable() {
        try {
            if (!THREADS.isThreadCpuTimeEnabled()) THREADS.setThreadCpuTimeEnabled(true);
            return THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The calling thread's CPU time in ns, or -1 where the JVM does not measure it. */
    static long now() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** CPU time (ns) thread {@code id} has spent since it read {@code since} with {@link #now()}; -1 when unknown. */
    static long of(long id, long since) {
        if (!MEASURED || id < 0 || since < 0) return -1;
        long cpu = THREADS.getThreadCpuTime(id);
        return cpu < 0 ? -1 : cpu - since;
    }
}
