// One SQL statement, either the same for every engine or written per engine (h2, postgresql, mariadb).
package org.interleave.scenario;

import java.util.Map;
import java.util.Optional;

public record EngineSql(Map<String, String> byEngine, Pos pos) {
    /** Key used when one text serves every engine. */
    public static final String ANY = "*";

    public static EngineSql of(String sql, Pos pos) {
        return new EngineSql(Map.of(ANY, sql), pos);
    }

    public Optional<String> forEngine(String engine) {
        String specific = byEngine.get(engine);
        return Optional.ofNullable(specific != null ? specific : byEngine.get(ANY));
    }

    /** A text for display when no engine is chosen yet. */
    public String anyText() {
        return byEngine.getOrDefault(ANY, byEngine.values().iterator().next());
    }
}
