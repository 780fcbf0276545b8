// Reads the fields of one YAML mapping, reporting unknown keys, missing fields and wrong shapes as problems.
package org.interleave.scenario;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

final class MappingFields {
    private final String file;
    private final YamlNode.Mapping mapping;
    private final List<Problem> problems;
    private final String what;

    MappingFields(String file, YamlNode.Mapping mapping, List<Problem> problems, String what, Set<String> known) {
        this.file = file;
        this.mapping = mapping;
        this.problems = problems;
        this.what = what;
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!known.contains(e.key().name())) {
                problems.add(new Problem(file, e.key().pos(), "unknown key `" + e.key().name() + "` in " + what
                        + Spelling.didYouMean(e.key().name(), known) + "; known keys are " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    /** Returns the node as a mapping, or reports that it should be one. */
    static YamlNode.Mapping asMapping(String file, YamlNode node, List<Problem> problems, String what) {
        if (node instanceof YamlNode.Mapping m) return m;
        problems.add(new Problem(file, node.pos(), what + " should be a mapping (key: value lines), not " + YamlNode.describe(node)));
        return null;
    }

    Pos pos() {
        return mapping.pos();
    }

    YamlNode node(String key) {
        return mapping.get(key);
    }

    Pos posOf(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.pos() : e.value().pos();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    String text(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) return null;
        if (node instanceof YamlNode.Scalar s) return s.text();
        problems.add(new Problem(file, node.pos(), "`" + key + "` in " + what + " should be a single value, not " + YamlNode.describe(node)));
        return null;
    }

    String requiredText(String key, String hint) {
        String value = text(key);
        if ((value == null || value.isBlank()) && !(mapping.get(key) instanceof YamlNode.Mapping) && !(mapping.get(key) instanceof YamlNode.Sequence)) {
            problems.add(new Problem(file, posOf(key), what + " needs `" + key + ":` (" + hint + ")"));
        }
        return value;
    }

    boolean flag(String key, boolean fallback) {
        String value = text(key);
        if (value == null) return fallback;
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")) return true;
        if (value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")) return false;
        problems.add(new Problem(file, posOf(key), "`" + key + "` should be true or false, not `" + value + "`"));
        return fallback;
    }

    List<YamlNode> list(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text() == null) return List.of();
        if (node instanceof YamlNode.Sequence seq) return seq.items();
        problems.add(new Problem(file, node.pos(), "`" + key + "` in " + what + " should be a list (lines starting with `- `), not " + YamlNode.describe(node)));
        return List.of();
    }

    YamlNode.Mapping map(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text() == null) return null;
        return asMapping(file, node, problems, "`" + key + "` in " + what);
    }
}
