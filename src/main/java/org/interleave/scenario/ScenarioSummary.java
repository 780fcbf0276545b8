// What a list of scenarios shows of one: its names, lanes and protections, without its SQL.
package org.interleave.scenario;

import java.util.List;

public record ScenarioSummary(String id, String title, String phenomenon, String source, String file, List<LaneSummary> lanes,
        List<ProtectionSummary> protections) {
    /** One lane: {@code isolation} as SQL names it. */
    public record LaneSummary(String id, String label, String isolation, boolean transactional, int steps) {}

    public record ProtectionSummary(String id, String title, String explain) {}

    public static ScenarioSummary of(Scenario s) {
        return new ScenarioSummary(s.id(), s.title(), s.phenomenon(), s.source().describe(), s.file(),
                s.lanes().stream().map(l -> new LaneSummary(l.id(), l.label(), l.isolation().sqlName(), l.transactional(), l.steps().size())).toList(),
                s.protections().stream().map(p -> new ProtectionSummary(p.id(), p.title(), p.explain())).toList());
    }
}
