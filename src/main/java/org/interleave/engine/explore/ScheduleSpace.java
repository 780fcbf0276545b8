// Every order of the lanes' steps that keeps each lane's own steps in order, generated one at a time.
package org.interleave.engine.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public final class ScheduleSpace implements Iterable<List<String>> {
    private final List<String> lanes;
    private final int[] counts;
    /** Lane picks that open and close every order (a spec session's setup and teardown), outside what is ordered. */
    private final List<String> prefix;
    private final List<String> suffix;

    public ScheduleSpace(List<String> lanes, List<Integer> stepCounts) {
        this(lanes, stepCounts, List.of(), List.of());
    }

    /** Every order of {@code stepCounts} steps per lane, each opened by {@code prefix} and closed by {@code suffix}. */
    public ScheduleSpace(List<String> lanes, List<Integer> stepCounts, List<String> prefix, List<String> suffix) {
        this.lanes = List.copyOf(lanes);
        this.counts = stepCounts.stream().mapToInt(Integer::intValue).toArray();
        this.prefix = List.copyOf(prefix);
        this.suffix = List.copyOf(suffix);
    }

    /** The number of orders: the multinomial coefficient (n1 + n2 + ...)! / (n1! n2! ...). */
    public BigInteger size() {
        BigInteger result = BigInteger.ONE;
        int total = 0;
        for (int c : counts) {
            for (int i = 1; i <= c; i++) {
                total++;
                result = result.multiply(BigInteger.valueOf(total)).divide(BigInteger.valueOf(i));
            }
        }
        return result;
    }

    /**
     * The position of {@code order} in the lexicographic order of {@link #iterator()}, from 0; empty when it is not
     * an order of this space (a run that did not finish played fewer steps) or the space is too large to count in
     * a long.
     */
    public java.util.OptionalLong rank(List<String> played) {
        if (size().bitLength() > 62) return java.util.OptionalLong.empty();
        if (played.size() < prefix.size() + suffix.size() || !played.subList(0, prefix.size()).equals(prefix)
                || !played.subList(played.size() - suffix.size(), played.size()).equals(suffix)) {
            return java.util.OptionalLong.empty();
        }
        List<String> order = played.subList(prefix.size(), played.size() - suffix.size());
        int[] left = counts.clone();
        int total = 0;
        for (int c : left) total += c;
        if (order.size() != total) return java.util.OptionalLong.empty();
        long rank = 0;
        for (String laneId : order) {
            int lane = lanes.indexOf(laneId);
            if (lane < 0 || left[lane] == 0) return java.util.OptionalLong.empty();
            for (int smaller = 0; smaller < lane; smaller++) {
                if (left[smaller] == 0) continue;
                left[smaller]--;
                rank += multinomial(left);
                left[smaller]++;
            }
            left[lane]--;
        }
        return java.util.OptionalLong.of(rank);
    }

    private static long multinomial(int[] counts) {
        long result = 1;
        int total = 0;
        for (int c : counts) {
            for (int i = 1; i <= c; i++) {
                total++;
                result = result * total / i;
            }
        }
        return result;
    }

    /** Orders in lexicographic order of lane positions (T1 before T2), without holding them all. */
    @Override
    public Iterator<List<String>> iterator() {
        int total = 0;
        for (int c : counts) total += c;
        int[] first = new int[total];
        int k = 0;
        for (int lane = 0; lane < counts.length; lane++) for (int i = 0; i < counts[lane]; i++) first[k++] = lane;
        return new Iterator<>() {
            private int[] next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<String> next() {
                if (next == null) throw new NoSuchElementException();
                List<String> order = new ArrayList<>(prefix.size() + next.length + suffix.size());
                order.addAll(prefix);
                for (int lane : next) order.add(lanes.get(lane));
                order.addAll(suffix);
                next = nextPermutation(next.clone());
                return order;
            }
        };
    }

    /** The next multiset permutation in lexicographic order, or null after the last. */
    private static int[] nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return null;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return a;
    }
}
