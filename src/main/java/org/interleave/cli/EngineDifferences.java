// Which orders of an exploration end differently on one engine than on another: per protection, per kind of outcome.
package org.interleave.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.explore.ExplorationRow;
import org.interleave.scenario.EngineId;

final class EngineDifferences {
    private static final List<String> KINDS = List.of("anomaly", "aborted", "serializationFailure", "deadlock", "notSerializable");

    private EngineDifferences() {}

    /**
     * Sentences such as "No protection: 12 anomalies on h2, 0 on mariadb; e.g. T1 T2 T1 T2 T1 T2 is an anomaly on h2,
     * not on mariadb". Orders are compared among the first orders each exploration keeps of a kind.
     */
    static List<String> between(Map<EngineId, List<ExplorationRow>> byEngine) {
        List<String> out = new ArrayList<>();
        List<EngineId> ids = new ArrayList<>(byEngine.keySet());
        if (ids.size() < 2) return out;
        int plans = byEngine.get(ids.get(0)).size();
        for (int p = 0; p < plans; p++) {
            ExplorationRow first = byEngine.get(ids.get(0)).get(p);
            for (String kind : KINDS) {
                List<String> counts = new ArrayList<>();
                boolean differ = false;
                for (EngineId id : ids) {
                    int n = count(byEngine.get(id).get(p), kind);
                    counts.add(n + " on " + id.key());
                    differ |= n != count(first, kind);
                }
                if (!differ) continue;
                StringBuilder s = new StringBuilder(first.protectionTitle() + ": " + kind + " " + String.join(", ", counts));
                example(byEngine, ids, p, kind).ifPresent(e -> s.append("; e.g. ").append(e));
                out.add(s.toString());
            }
        }
        return out;
    }

    private static java.util.Optional<String> example(Map<EngineId, List<ExplorationRow>> byEngine, List<EngineId> ids, int p, String kind) {
        for (EngineId a : ids) {
            for (EngineId b : ids) {
                if (a == b) continue;
                Set<List<String>> other = new HashSet<>(byEngine.get(b).get(p).orderLists().getOrDefault(kind, List.of()));
                for (List<String> order : byEngine.get(a).get(p).orderLists().getOrDefault(kind, List.of())) {
                    if (!other.contains(order)) {
                        return java.util.Optional.of(String.join(" ", order) + " is " + kind + " on " + a.key() + ", not on " + b.key());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static int count(ExplorationRow r, String kind) {
        return switch (kind) {
            case "anomaly" -> r.anomalies();
            case "aborted" -> r.aborted();
            case "serializationFailure" -> r.serializationFailures();
            case "deadlock" -> r.deadlocks();
            default -> r.notSerializable();
        };
    }
}
