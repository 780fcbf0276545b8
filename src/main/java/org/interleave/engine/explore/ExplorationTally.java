// Adds up order results as they arrive (from several threads) without keeping their traces.
package org.interleave.engine.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.interleave.engine.ErrorKind;
import org.interleave.scenario.Lane;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.RunPlan;

final class ExplorationTally {
    private static final Comparator<List<String>> ORDER = Comparator.comparing(o -> String.join(",", o));
    /** The distinct orders played, by their rank in the space: a bit each, not a string each. */
    private final java.util.BitSet seenRanks = new java.util.BitSet();
    /** Orders that have no rank (a run that did not finish played fewer steps): few, kept as text. */
    private final Set<String> seenUnranked = new HashSet<>();
    private final ScheduleSpace space;
    private int distinct;
    /** Orders that ended alike: same outcome, errors, oracle verdict and final data (compared whole, not by hash). */
    private record GroupKey(Outcome outcome, Set<ErrorKind> errors, boolean notSerializable, List<org.interleave.engine.TableSnapshot> data) {}

    private final Map<GroupKey, OutcomeGroup> groups = new LinkedHashMap<>();
    /** Orders kept per kind for people to browse; capped so that a large exploration stays small. */
    static final int KEPT_PER_KIND = 200;
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final Map<String, List<List<String>>> kept = new TreeMap<>();
    private final Sample waitNanos = new Sample();
    private final Sample answerNanos = new Sample();
    private int requested;
    private int reordered;
    private int anomalies;
    private int safe;
    private int aborted;
    private int serialization;
    private int deadlocks;
    private int otherErrors;
    private int notSerializable;
    private int unfinished;
    private int disagreements;

    ExplorationTally(ScheduleSpace space) {
        this.space = space;
    }

    private boolean firstTime(List<String> played) {
        java.util.OptionalLong rank = space.rank(played);
        boolean fresh;
        if (rank.isPresent() && rank.getAsLong() < Integer.MAX_VALUE) {
            int bit = (int) rank.getAsLong();
            fresh = !seenRanks.get(bit);
            seenRanks.set(bit);
        } else {
            fresh = seenUnranked.add(String.join(",", played));
        }
        if (fresh) distinct++;
        return fresh;
    }

    synchronized void add(OrderResult r, Optional<String> oracle) {
        requested++;
        if (!r.played().equals(r.requested())) reordered++;
        waitNanos.addAll(r.waitNanos());
        answerNanos.addAll(r.answerNanos());
        if (!firstTime(r.played())) return;
        if (r.outcome() == null) {
            unfinished++;
            example("unfinished", r.played());
        } else if (r.outcome() == Outcome.ANOMALY) {
            anomalies++;
            example("anomaly", r.played());
        } else if (r.outcome() == Outcome.SAFE) {
            safe++;
            example("safe", r.played());
        } else {
            aborted++;
            example("aborted", r.played());
        }
        if (r.errors().contains(ErrorKind.SERIALIZATION)) {
            serialization++;
            example("serializationFailure", r.played());
        }
        if (r.errors().contains(ErrorKind.DEADLOCK)) {
            deadlocks++;
            example("deadlock", r.played());
        }
        if (r.errors().stream().anyMatch(k -> !k.concurrencyFailure())) otherErrors++;
        if (oracle.isPresent()) {
            notSerializable++;
            example("notSerializable", r.played());
        }
        boolean checksSayAnomaly = r.outcome() == Outcome.ANOMALY;
        if (r.outcome() != null && checksSayAnomaly != oracle.isPresent()) disagreements++;
        group(r, oracle.orElse(null));
    }

    private void example(String kind, List<String> order) {
        examples.merge(kind, order, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        List<List<String>> list = kept.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < KEPT_PER_KIND) list.add(order);
    }

    private void group(OrderResult r, String oracle) {
        Set<ErrorKind> errors = r.errors().isEmpty() ? EnumSet.noneOf(ErrorKind.class) : EnumSet.copyOf(r.errors());
        GroupKey key = new GroupKey(r.outcome(), errors, oracle != null, r.finalData());
        OutcomeGroup old = groups.get(key);
        if (old == null) {
            groups.put(key, new OutcomeGroup(r.outcome(), errors, oracle, 1, r.played(), r.verdict()));
        } else {
            boolean earlier = ORDER.compare(r.played(), old.example()) < 0;
            groups.put(key, new OutcomeGroup(old.outcome(), old.errors(), earlier ? oracle : old.notSerializable(), old.orders() + 1,
                    earlier ? r.played() : old.example(), earlier ? r.verdict() : old.verdict()));
        }
    }

    synchronized ExplorationRow row(RunPlan plan, BigInteger spaceSize, long elapsedNanos) {
        Map<String, String> isolation = new LinkedHashMap<>();
        for (Lane lane : plan.lanes()) isolation.put(lane.id(), lane.isolation().sqlName());
        String whyFewer = distinct < requested
                ? reordered + " of the " + requested + " orders asked for a step of a lane that was waiting for a lock;"
                        + " the database decided the order there, so only " + distinct + " distinct orders can happen"
                : null;
        Map<String, List<List<String>>> orders = new TreeMap<>();
        kept.forEach((kind, list) -> {
            List<List<String>> copy = new ArrayList<>(list);
            copy.sort(ORDER);
            orders.put(kind, List.copyOf(copy));
        });
        List<OutcomeGroup> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing((OutcomeGroup g) -> -g.orders()).thenComparing(OutcomeGroup::example, ORDER));
        return new ExplorationRow(plan.protectionId(), plan.protectionTitle(), isolation, spaceSize, distinct, anomalies, safe,
                aborted, serialization, deadlocks, otherErrors, notSerializable, unfinished, disagreements, Map.copyOf(examples),
                orders, List.copyOf(sorted), whyFewer, plan.caveat(), waitNanos.values(), answerNanos.values(), elapsedNanos);
    }
}
