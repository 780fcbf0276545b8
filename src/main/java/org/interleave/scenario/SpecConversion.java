// Writes an isolation spec as the equivalent scenario file (YAML), ready to be given a story, notes and checks.
package org.interleave.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class SpecConversion {
    /** The scenario file's text, or (when the spec does not load) null and why. */
    public record Result(String yaml, List<Problem> problems) {}

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build());

    private SpecConversion() {}

    /** Converts the spec {@code text} (named {@code file} in problems); the result loads as the same scenario. */
    public static Result toYaml(String file, String text) {
        LoadResult loaded = ScenarioLoader.parse(file, text);
        if (!loaded.ok()) return new Result(null, loaded.problems());
        List<Problem> problems = new ArrayList<>();
        YamlNode tree = SpecTree.read(file, text, problems, new StatementAllowlist());
        try {
            String name = java.nio.file.Path.of(file).getFileName().toString();
            return new Result("# Converted from the isolation spec " + name + " by `interleave convert`.\n"
                    + "# Add a story, notes, checks and protections; every session goes on after an error, as isolationtester's do.\n"
                    + YAML.writeValueAsString(plain(tree)), List.of());
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(new Problem(file, Pos.UNKNOWN, "cannot write the scenario file: " + e.getOriginalMessage())));
        }
    }

    /** The tree as maps, lists and texts, in its order. */
    private static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> map.put(k, plain(e.value())));
            return map;
        }
        if (node instanceof YamlNode.Sequence s) return s.items().stream().map(SpecConversion::plain).toList();
        return ((YamlNode.Scalar) node).text();
    }
}
