// One SQL statement, either the same for every engine or written per engine (h2, postgresql, mariadb).
package org.interleave.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * @param common   the text for every engine without one of its own, or null
 * @param specific texts written for one engine
 */
public record EngineSql(String common, Map<EngineId, String> specific, Pos pos) {
    public EngineSql {
        specific = specific.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(specific));
    }

    public static EngineSql of(String sql, Pos pos) {
        return new EngineSql(sql, Map.of(), pos);
    }

    public Optional<String> forEngine(EngineId engine) {
        String own = specific.get(engine);
        return Optional.ofNullable(own != null ? own : common);
    }

    /** Every text that can run, by the engine that runs it: what validation must look at. */
    public Map<EngineId, String> runnableTexts() {
        Map<EngineId, String> texts = new EnumMap<>(EngineId.class);
        for (EngineId e : EngineId.values()) forEngine(e).ifPresent(t -> texts.put(e, t));
        return texts;
    }

    /** A text for display when no engine is chosen yet. */
    public String anyText() {
        if (common != null) return common;
        return new EnumMap<>(specific).values().iterator().next();
    }
}
