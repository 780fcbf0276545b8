// What loading one scenario file gave: the scenario, or the problems that stop it from loading.
package org.interleave.scenario;

import java.util.List;

public record LoadResult(String file, Scenario scenario, List<Problem> problems) {
    public boolean ok() {
        return scenario != null && problems.isEmpty();
    }
}
