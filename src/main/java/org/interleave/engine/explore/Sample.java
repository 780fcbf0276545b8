// A bounded, uniform sample of durations (reservoir sampling): percentiles of millions of steps in constant memory.
package org.interleave.engine.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

final class Sample {
    static final int CAPACITY = 10_000;
    private final long[] values = new long[CAPACITY];
    private final SplittableRandom random = new SplittableRandom(42);
    private long seen;

    void add(long value) {
        if (seen < CAPACITY) {
            values[(int) seen] = value;
        } else {
            long slot = random.nextLong(seen + 1);
            if (slot < CAPACITY) values[(int) slot] = value;
        }
        seen++;
    }

    void addAll(List<Long> more) {
        for (long v : more) add(v);
    }

    List<Long> values() {
        List<Long> list = new ArrayList<>((int) Math.min(seen, CAPACITY));
        for (int i = 0; i < Math.min(seen, CAPACITY); i++) list.add(values[i]);
        return list;
    }
}
