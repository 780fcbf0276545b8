// What the checks and the serial oracle each said about one order of a row, read back from the row's lists of orders.
package org.interleave.ui.explore;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.explore.ExplorationRow;

final class OrderTags {
    /** One word about an order, e.g. "anomaly" or "not serializable", and how it looks. */
    record Tag(String words, OutcomeKind.Tone tone) {}

    private final Map<List<String>, Set<OutcomeKind>> kinds = new HashMap<>();
    private final boolean oracleComplete;

    OrderTags(ExplorationRow r) {
        for (OutcomeKind k : OutcomeKind.values()) {
            if (k == OutcomeKind.ORDERS) continue;
            for (List<String> order : k.orders(r)) kinds.computeIfAbsent(order, o -> EnumSet.noneOf(OutcomeKind.class)).add(k);
        }
        // The explorer keeps the first 200 orders of each kind: "serializable" is only said when the list is whole.
        oracleComplete = OutcomeKind.NOT_SERIALIZABLE.orders(r).size() == r.notSerializable();
    }

    /** The checks' outcome first, then errors, then the oracle's word; both always, so that a disagreement shows. */
    List<Tag> of(List<String> order) {
        Set<OutcomeKind> k = kinds.getOrDefault(order, Set.of());
        List<Tag> tags = new ArrayList<>();
        for (OutcomeKind c : List.of(OutcomeKind.ANOMALY, OutcomeKind.SAFE, OutcomeKind.ABORTED, OutcomeKind.UNFINISHED)) {
            if (k.contains(c)) tags.add(new Tag(c.words().toLowerCase(java.util.Locale.ROOT), c.tone()));
        }
        if (k.contains(OutcomeKind.SERIALIZATION)) tags.add(new Tag("serialization failure", OutcomeKind.Tone.PRICE));
        if (k.contains(OutcomeKind.DEADLOCK)) tags.add(new Tag("deadlock", OutcomeKind.Tone.PRICE));
        if (k.contains(OutcomeKind.NOT_SERIALIZABLE)) {
            tags.add(new Tag("oracle: not serializable", OutcomeKind.Tone.BAD));
        } else if (oracleComplete && !k.contains(OutcomeKind.UNFINISHED) && !k.isEmpty()) {
            tags.add(new Tag("oracle: serializable", OutcomeKind.Tone.NEUTRAL));
        }
        return tags;
    }
}
