// The proposed file name is scenario-protection.extension, and a name typed without the extension gets it.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class ExportFileNameTest {
    @Test
    void scenarioAndProtection() {
        Scenario credits = credits();
        assertEquals("credits-lost-update-none.png", ExportFileName.propose(PlanBuilder.unprotected(credits), ExportFormat.PNG));
        assertEquals("credits-lost-update-ledger.puml", ExportFileName.propose(PlanBuilder.plan(credits, "ledger"), ExportFormat.PLANTUML));
    }

    @Test
    void theFormatsExtensionIsAddedWhenMissing() {
        assertEquals(Path.of("/tmp/a.png"), ExportFileName.withExtension(Path.of("/tmp/a"), ExportFormat.PNG));
        assertEquals(Path.of("/tmp/a.PNG"), ExportFileName.withExtension(Path.of("/tmp/a.PNG"), ExportFormat.PNG));
        assertEquals(Path.of("/tmp/a.svg.png"), ExportFileName.withExtension(Path.of("/tmp/a.svg"), ExportFormat.PNG));
    }

    private static Scenario credits() {
        return ScenarioLibrary.builtIn().find("credits-lost-update").orElseThrow();
    }
}
