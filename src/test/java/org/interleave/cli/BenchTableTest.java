// The README's speed table: the median of each figure over the runs of one engine, a dash where a scenario never waits.
package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {
    private static String run(double warm, double waitP50, int waits, double large) {
        return """
                { "engine": "h2", "engineVersion": "2.5.252",
                  "scenarios": [ { "scenario": "credits-lost-update", "orders": 14, "coldOrdersPerSecond": 100, "warmOrdersPerSecond": %s,
                                   "waits": %d, "waitP50Ms": %s, "serialOrdersPerSecond": 1000, "ceilingOrdersPerSecond": 2000, "ceilingRatio": 0.5 } ],
                  "waitDetection": { "waits": 12, "p50Ms": 2.0, "p99Ms": 5.0 },
                  "large": { "steps": 8, "orders": 12870, "ordersPerSecond": %s } }
                """.formatted(warm, waits, waitP50, large);
    }

    @Test
    void eachFigureIsTheMedianOfTheRuns(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        double[] warm = {300, 900, 350, 340, 10};
        for (int i = 0; i < warm.length; i++) files.add(Files.writeString(dir.resolve(i + ".json"), run(warm[i], 2.0 + i, 12, 1500 + i)));
        String table = BenchTable.markdown(files);
        assertTrue(table.contains("| credits-lost-update | 14 | 340 | 100 | 4.00 | 1000 / 2000 (0.50) |"), table);
        assertTrue(table.contains("median of 5 runs"), table);
        assertTrue(table.contains("large space (8 steps a lane, 12870 orders) 1502 orders/s"), table);
    }

    @Test
    void aScenarioThatNeverWaitsShowsADash(@TempDir Path dir) throws Exception {
        String table = BenchTable.markdown(List.of(Files.writeString(dir.resolve("a.json"), run(300, 0, 0, 1500))));
        assertTrue(table.contains("| credits-lost-update | 14 | 300 | 100 | – |"), table);
    }
}
