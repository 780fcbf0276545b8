// Writes steps typed in the window into a scenario file's text: each as a line of its lane's steps, before the step it came before.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class StepInsertion {
    /**
     * @param lane   the lane
     * @param before the index, among the lane's steps as the file has them, of the step it goes before
     */
    public record Insert(String lane, int before, String id, String sql) {}

    private StepInsertion() {}

    /**
     * The file's text with each insert as a flow-style step line (`- { id: typed-1, sql: "..." }`), indented as the
     * step it goes before; empty, with why, when a step to go before has no place in the file (not written there).
     */
    public static Optional<String> into(String text, Scenario scenario, List<Insert> inserts, List<String> whyNot) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        record At(int line, String indent, String yaml, int order) {}
        List<At> at = new ArrayList<>();
        for (int k = 0; k < inserts.size(); k++) {
            Insert in = inserts.get(k);
            Optional<Lane> lane = scenario.lane(in.lane());
            if (lane.isEmpty() || in.before() >= lane.get().steps().size()) {
                whyNot.add(in.id() + " comes after " + in.lane() + "'s last step; only a step before another can be written into the file");
                return Optional.empty();
            }
            Pos pos = lane.get().steps().get(in.before()).pos();
            if (pos.line() < 1 || pos.line() > lines.size()) {
                whyNot.add("the file does not say where " + in.lane() + "'s step " + (in.before() + 1) + " is");
                return Optional.empty();
            }
            String line = lines.get(pos.line() - 1);
            int dash = line.indexOf('-');
            if (dash < 0 || !line.substring(0, dash).isBlank()) {
                whyNot.add(in.lane() + "'s step " + (in.before() + 1) + " is not a list item the file can take a line before");
                return Optional.empty();
            }
            at.add(new At(pos.line() - 1, line.substring(0, dash), "- { id: " + in.id() + ", sql: " + quoted(in.sql()) + " }", k));
        }
        // from the bottom up, so earlier line numbers hold; inserts before the same step keep the order they were typed in
        at.sort(Comparator.comparingInt(At::line).reversed().thenComparing(Comparator.comparingInt(At::order).reversed()));
        for (At a : at) lines.add(a.line(), a.indent() + a.yaml());
        return Optional.of(String.join("\n", lines));
    }

    private static String quoted(String sql) {
        return "\"" + sql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
