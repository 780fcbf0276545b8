// Reads a step's `expect:`: one answer for every engine (`completes`, `{ waits: T1 }`, `{ fails: "40001" }`) or one per engine.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class StepExpectReader {
    private static final String FORMS = "`completes`, `waits`, `{ waits: T1 }`, `fails` or `{ fails: \"40001\" }`";
    private final String file;
    private final List<Problem> problems;

    StepExpectReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The expectation per engine; an empty map when the node is null. */
    Map<EngineId, StepExpectation> read(YamlNode node) {
        if (node == null || node instanceof YamlNode.Scalar s && s.text() == null) return Map.of();
        Map<EngineId, StepExpectation> result = new EnumMap<>(EngineId.class);
        if (node instanceof YamlNode.Mapping m && m.entries().keySet().stream().noneMatch(k -> StepExpectation.Kind.parse(k).isPresent())) {
            StepExpectation fallback = null;
            for (YamlNode.Entry e : m.entries().values()) {
                String key = e.key().name();
                Optional<EngineId> engine = EngineId.parse(key);
                if (engine.isEmpty() && !key.equals("default")) {
                    problems.add(new Problem(file, e.key().pos(), "unknown engine `" + key + "` in a step's `expect`"
                            + Spelling.didYouMean(key, List.of("h2", "postgresql", "mariadb", "default")) + "; use " + EngineId.keys()
                            + " or default, each with " + FORMS));
                    continue;
                }
                StepExpectation one = one(e.value());
                if (one == null) continue;
                if (engine.isPresent()) result.put(engine.get(), one);
                else fallback = one;
            }
            if (fallback != null) {
                for (EngineId id : EngineId.values()) result.putIfAbsent(id, fallback);
            }
            return Map.copyOf(result);
        }
        StepExpectation one = one(node);
        if (one != null) {
            for (EngineId id : EngineId.values()) result.put(id, one);
        }
        return Map.copyOf(result);
    }

    private StepExpectation one(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            Optional<StepExpectation.Kind> kind = StepExpectation.Kind.parse(s.text().strip());
            if (kind.isEmpty()) {
                problems.add(new Problem(file, s.pos(), "a step's `expect` should be " + FORMS + ", not `" + s.text().strip() + "`"
                        + Spelling.didYouMean(s.text().strip(), List.of("completes", "waits", "fails"))));
                return null;
            }
            return new StepExpectation(kind.get(), List.of(), null, s.pos());
        }
        if (!(node instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
            problems.add(new Problem(file, node.pos(), "a step's `expect` should be " + FORMS + ", not " + YamlNode.describe(node)
                    + (node instanceof YamlNode.Mapping ? " with several keys" : "")));
            return null;
        }
        YamlNode.Entry entry = m.entries().values().iterator().next();
        Optional<StepExpectation.Kind> kind = StepExpectation.Kind.parse(entry.key().name());
        if (kind.isEmpty()) {
            problems.add(new Problem(file, entry.key().pos(), "unknown key `" + entry.key().name() + "` in a step's `expect`"
                    + Spelling.didYouMean(entry.key().name(), List.of("completes", "waits", "fails")) + "; use " + FORMS));
            return null;
        }
        YamlNode value = entry.value();
        return switch (kind.get()) {
            case COMPLETES -> StepExpectation.completes(entry.key().pos());
            case WAITS -> new StepExpectation(StepExpectation.Kind.WAITS, lanes(value), null, entry.key().pos());
            case FAILS -> new StepExpectation(StepExpectation.Kind.FAILS, List.of(), sqlState(value), entry.key().pos());
        };
    }

    /** `waits: T1` or `waits: [T1, T2]`: the lanes it waits for (the validator checks they exist). */
    private List<String> lanes(YamlNode value) {
        List<String> lanes = new ArrayList<>();
        List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) lanes.add(s.text().strip());
            else if (!(item instanceof YamlNode.Scalar)) {
                problems.add(new Problem(file, item.pos(), "`waits` names the lane it waits for, e.g. `{ waits: T1 }` or `{ waits: [T1, T2] }`"));
            }
        }
        return lanes;
    }

    /** `fails: "40001"` or `fails: "40"` (a class): the SQLSTATE the error should have. */
    private String sqlState(YamlNode value) {
        if (value instanceof YamlNode.Scalar s && s.text() == null) return null;
        String text = value instanceof YamlNode.Scalar s ? s.text().strip().toUpperCase(java.util.Locale.ROOT) : "";
        if (text.matches("[0-9A-Z]{5}|[0-9A-Z]{2}")) return text;
        problems.add(new Problem(file, value.pos(), "`fails` takes an SQLSTATE such as \"40001\" (serialization failure) or"
                + " \"40P01\" (deadlock on PostgreSQL), or its two-character class such as \"40\"; quote it so YAML keeps it as text"));
        return null;
    }
}
