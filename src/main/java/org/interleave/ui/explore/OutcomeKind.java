// The columns of the All-orders matrix: what each counts in a row, which orders and outcome groups it stands for.
package org.interleave.ui.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.interleave.engine.ErrorKind;
import org.interleave.engine.explore.ExplorationRow;
import org.interleave.engine.explore.OutcomeGroup;
import org.interleave.scenario.Outcome;

public enum OutcomeKind {
    ORDERS("orders", "Orders", Tone.NEUTRAL, "Distinct orders the database really allowed, of all the orders asked for"),
    ANOMALY("anomaly", "Anomaly", Tone.BAD, "Orders whose checks fail: the business rule is broken"),
    SAFE("safe", "Safe", Tone.GOOD, "Orders whose checks hold with no transaction aborted"),
    ABORTED("aborted", "Safe, at a price", Tone.PRICE, "Orders whose checks hold because a transaction was stopped: the protection's price"),
    SERIALIZATION("serializationFailure", "Serialization failure", Tone.PRICE, "Orders where a transaction got a serialization failure"),
    DEADLOCK("deadlock", "Deadlock", Tone.PRICE, "Orders where a transaction was a deadlock victim"),
    NOT_SERIALIZABLE("notSerializable", "Not serializable", Tone.BAD,
            "Orders whose final data no serial order of the committed transactions gives (the serial oracle, blind to the checks)"),
    UNFINISHED("unfinished", "Unfinished", Tone.PRICE, "Orders that could not finish: a lane stayed waiting");

    /** How a count above zero looks: red, green, amber or plain. */
    public enum Tone { BAD, GOOD, PRICE, NEUTRAL }

    private static final Comparator<List<String>> ORDER = Comparator.comparing(o -> String.join(",", o));

    private final String key;
    private final String words;
    private final Tone tone;
    private final String explain;

    OutcomeKind(String key, String words, Tone tone, String explain) {
        this.key = key;
        this.words = words;
        this.tone = tone;
        this.explain = explain;
    }

    /** The explorer's name for the kind, as in {@link ExplorationRow#orderLists()}. */
    public String key() {
        return key;
    }

    public String words() {
        return words;
    }

    public Tone tone() {
        return tone;
    }

    public String explain() {
        return explain;
    }

    public int count(ExplorationRow r) {
        switch (this) {
            case ORDERS: return r.orders();
            case ANOMALY: return r.anomalies();
            case SAFE: return r.safe();
            case ABORTED: return r.aborted();
            case SERIALIZATION: return r.serializationFailures();
            case DEADLOCK: return r.deadlocks();
            case NOT_SERIALIZABLE: return r.notSerializable();
            default: return r.unfinished();
        }
    }

    /** The row's orders of this kind (the explorer keeps the first 200 of each kind), sorted; for ORDERS all of them. */
    public List<List<String>> orders(ExplorationRow r) {
        if (this != ORDERS) return r.orderLists().getOrDefault(key, List.of());
        List<List<String>> all = new ArrayList<>();
        for (OutcomeKind k : List.of(ANOMALY, SAFE, ABORTED, UNFINISHED)) all.addAll(k.orders(r));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /** True when the orders of {@code g} are of this kind. */
    public boolean matches(OutcomeGroup g) {
        switch (this) {
            case ORDERS: return true;
            case ANOMALY: return g.outcome() == Outcome.ANOMALY;
            case SAFE: return g.outcome() == Outcome.SAFE;
            case ABORTED: return g.outcome() == Outcome.ABORTED;
            case SERIALIZATION: return g.errors().contains(ErrorKind.SERIALIZATION);
            case DEADLOCK: return g.errors().contains(ErrorKind.DEADLOCK);
            case NOT_SERIALIZABLE: return g.notSerializable() != null;
            default: return g.outcome() == null;
        }
    }

    /** The columns shown: all but "unfinished", which appears only when some row has such orders. */
    public static List<OutcomeKind> columns(boolean withUnfinished) {
        List<OutcomeKind> all = new ArrayList<>(List.of(values()));
        if (!withUnfinished) all.remove(UNFINISHED);
        return List.copyOf(all);
    }
}
