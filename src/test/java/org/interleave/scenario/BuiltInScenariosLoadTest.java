// Every built-in scenario file loads without a problem.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInScenariosLoadTest {
    @Test
    void everyBuiltInScenarioLoads() {
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        List<String> problems = library.failures().stream().flatMap(r -> r.problems().stream()).map(Problem::toString).toList();
        assertEquals(List.of(), problems);
        assertTrue(library.find("credits-lost-update").isPresent());
    }
}
