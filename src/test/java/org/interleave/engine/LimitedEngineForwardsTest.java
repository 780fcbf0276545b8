// An engine with other time limits (--time-limit) is the same engine otherwise: every engine-specific answer is forwarded.
package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LimitedEngineForwardsTest {
    /** Defaults that only derive from other answers, or that LimitedEngine answers itself. */
    private static final Set<String> DERIVED = Set.of("withLimits", "limits", "offers", "offeredLevels", "nearestOffered", "isolation");

    @Test
    void everyDefaultAnEngineMayOverrideIsForwarded() {
        List<String> missing = new ArrayList<>();
        for (Method m : DatabaseEngine.class.getMethods()) {
            if (!m.isDefault() || DERIVED.contains(m.getName())) continue;
            try {
                LimitedEngine.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(m.getName());
            }
        }
        assertEquals(List.of(), missing, "LimitedEngine falls back to the interface's default for these, not to the engine's answer");
    }
}
