// The README's speed table: the medians, per engine and scenario, of several `bench --format json` outputs.
package org.interleave.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

final class BenchTable {
    /** One column of the table: its heading and the figure it takes from a scenario's result. */
    private record Column(String heading, String field, String format) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("warm orders/s", "warmOrdersPerSecond", "%.0f"),
            new Column("cold orders/s", "coldOrdersPerSecond", "%.0f"),
            new Column("wait p50 ms", "waitP50Ms", "%.2f"),
            new Column("serial/ceiling orders/s", null, null));

    private BenchTable() {}

    /** Markdown for the outputs in {@code files}: one row per scenario, a group of columns per engine. */
    static String markdown(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> runsByEngine = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode run = json.readTree(file.toFile());
            runsByEngine.computeIfAbsent(run.path("engine").asText() + " " + run.path("engineVersion").asText(), k -> new ArrayList<>()).add(run);
        }
        List<String> scenarios = new ArrayList<>();
        for (List<JsonNode> runs : runsByEngine.values()) {
            for (JsonNode s : runs.get(0).path("scenarios")) if (!scenarios.contains(s.path("scenario").asText())) scenarios.add(s.path("scenario").asText());
        }
        StringBuilder out = new StringBuilder("| scenario | orders |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String engine : runsByEngine.keySet()) {
            for (Column c : COLUMNS) {
                out.append(' ').append(engine.split(" ")[0]).append(' ').append(c.heading()).append(" |");
                rule.append("---|");
            }
        }
        out.append('\n').append(rule).append('\n');
        for (String scenario : scenarios) {
            String orders = "";
            StringBuilder cells = new StringBuilder();
            for (List<JsonNode> runs : runsByEngine.values()) {
                List<JsonNode> results = new ArrayList<>();
                for (JsonNode run : runs) for (JsonNode s : run.path("scenarios")) if (s.path("scenario").asText().equals(scenario)) results.add(s);
                if (results.isEmpty()) {
                    cells.append(" – |".repeat(COLUMNS.size()));
                    continue;
                }
                orders = results.get(0).path("orders").asText();
                for (Column c : COLUMNS) {
                    if (c.field() == null) {
                        cells.append(String.format(Locale.ROOT, " %.0f / %.0f (%.2f) |", median(results, n -> n.path("serialOrdersPerSecond").asDouble()),
                                median(results, n -> n.path("ceilingOrdersPerSecond").asDouble()), median(results, n -> n.path("ceilingRatio").asDouble())));
                    } else {
                        double v = median(results, n -> n.path(c.field()).asDouble());
                        cells.append(' ').append(c.field().startsWith("wait") && results.get(0).path("waits").asInt() == 0 ? "–"
                                : String.format(Locale.ROOT, c.format(), v)).append(" |");
                    }
                }
            }
            out.append("| ").append(scenario).append(" | ").append(orders).append(" |").append(cells).append('\n');
        }
        for (Map.Entry<String, List<JsonNode>> e : runsByEngine.entrySet()) {
            List<JsonNode> runs = e.getValue();
            out.append(String.format(Locale.ROOT, "%n%s, median of %d runs: wait detection p50 %.2f ms, p99 %.2f ms", e.getKey(), runs.size(),
                    median(runs, r -> r.path("waitDetection").path("p50Ms").asDouble()), median(runs, r -> r.path("waitDetection").path("p99Ms").asDouble())));
            List<JsonNode> large = runs.stream().map(r -> r.path("large")).filter(JsonNode::isObject).toList();
            if (!large.isEmpty()) {
                out.append(String.format(Locale.ROOT, "; large space (%d steps a lane, %d orders) %.0f orders/s", large.get(0).path("steps").asInt(),
                        large.get(0).path("orders").asLong(), median(large, l -> l.path("ordersPerSecond").asDouble())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static double median(List<JsonNode> nodes, Function<JsonNode, Double> figure) {
        List<Double> values = new ArrayList<>();
        for (JsonNode n : nodes) values.add(figure.apply(n));
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
