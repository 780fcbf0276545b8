// Reads YAML text with Jackson's streaming parser into YamlNodes that keep line and column.
package org.interleave.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

public final class YamlTreeReader {
    /** Deepest nesting of YAML lists and mappings accepted; a scenario needs five or six levels. */
    static final int MAX_NESTING = 32;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(ScenarioLoader.MAX_FILE_CHARS + 1);
        options.setAllowDuplicateKeys(true); // reported by this reader with their position instead
        return options;
    }

    /** Thrown when the text is not YAML at all; carries the position the parser gave. */
    public static final class SyntaxError extends Exception {
        private final Pos pos;

        SyntaxError(String message, Pos pos) {
            super(message);
            this.pos = pos;
        }

        public Pos pos() {
            return pos;
        }
    }

    private final List<Problem> duplicateKeys = new ArrayList<>();
    private final String file;

    private YamlTreeReader(String file) {
        this.file = file;
    }

    /** Parses one YAML document; duplicate keys are added to {@code problems}. */
    public static YamlNode read(String file, String text, List<Problem> problems) throws SyntaxError {
        YamlTreeReader reader = new YamlTreeReader(file);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError("the file is empty; a scenario starts with `id:` and `title:`", Pos.UNKNOWN);
            }
            YamlNode node = reader.readValue(parser);
            problems.addAll(reader.duplicateKeys);
            return node;
        } catch (SyntaxError e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Pos pos = loc == null ? Pos.UNKNOWN : new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
            throw new SyntaxError("not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), pos);
        } catch (IOException e) {
            throw new SyntaxError("could not read: " + e.getMessage(), Pos.UNKNOWN);
        }
    }

    private static Pos posOf(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private YamlNode readValue(JsonParser p) throws IOException, SyntaxError {
        Pos pos = posOf(p);
        JsonToken t = p.currentToken();
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null)) {
            throw new SyntaxError("YAML anchors and aliases (&name, *name, <<: *name) are not supported in scenario files;"
                    + " write the value out where it is used", pos);
        }
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    YamlNode.Key key = new YamlNode.Key(p.currentName(), posOf(p));
                    p.nextToken();
                    YamlNode value = readValue(p);
                    if (entries.containsKey(key.name())) {
                        duplicateKeys.add(new Problem(file, key.pos(), "key `" + key.name() + "` appears twice in this mapping; keep one"));
                    } else {
                        entries.put(key.name(), new YamlNode.Entry(key, value));
                    }
                }
                return new YamlNode.Mapping(pos, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p));
                }
                return new YamlNode.Sequence(pos, items);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(pos, null);
            default:
                return new YamlNode.Scalar(pos, p.getText());
        }
    }
}
