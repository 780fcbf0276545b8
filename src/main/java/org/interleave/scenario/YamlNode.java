// A YAML value (mapping, sequence or scalar) that remembers where it stood in the file.
package org.interleave.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public sealed interface YamlNode {
    Pos pos();

    /** A key of a mapping, with its own position (for "unknown key" messages). */
    record Key(String name, Pos pos) {}

    record Mapping(Pos pos, LinkedHashMap<String, Entry> entries) implements YamlNode {
        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(Key key, YamlNode value) {}

    record Sequence(Pos pos, List<YamlNode> items) implements YamlNode {}

    /** A scalar; {@code text} is null for YAML null (~ or an empty value). */
    record Scalar(Pos pos, String text) implements YamlNode {}

    static String describe(YamlNode node) {
        if (node instanceof Mapping) return "a mapping";
        if (node instanceof Sequence) return "a list";
        return "a single value";
    }
}
