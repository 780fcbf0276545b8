// The comparison of engines for the terminal (a table of fixed columns), as JSON, and as Markdown.
package org.interleave.cli;

import static org.interleave.cli.TerminalText.one;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.diagram.StepWords;
import org.interleave.diagram.text.ComparisonMarkdown;
import org.interleave.engine.TableSnapshot;
import org.interleave.engine.compare.Comparison;
import org.interleave.engine.compare.EngineRun;
import org.interleave.engine.compare.StepOutcome;
import org.interleave.engine.compare.StepRow;

final class ComparisonText {
    private static final int STEP = 26;
    private static final int CELL = 36;

    private ComparisonText() {}

    static void print(Comparison c, PrintWriter out) {
        out.println(one(c.plan().scenario().title()) + " (" + c.plan().scenario().id() + "), " + one(c.plan().protectionTitle())
                + " [" + c.plan().protectionId() + "]");
        out.println("schedule: " + String.join(" ", c.schedule()));
        out.println();
        StringBuilder head = new StringBuilder(String.format("  %-" + STEP + "s", "step"));
        for (EngineRun r : c.runs()) head.append(' ').append(fit(one(r.name()), CELL));
        out.println(head.toString().stripTrailing());
        for (StepRow row : c.rows()) {
            StringBuilder line = new StringBuilder(row.differs() ? "≠ " : "  ");
            line.append(fit(row.position() + " " + row.lane() + " " + row.stepId() + ": " + StepWords.oneLine(row.sql()), STEP));
            for (EngineRun r : c.runs()) {
                StepOutcome o = row.outcomes().get(r.id());
                line.append(' ').append(fit(o == null ? "–" : one(o.words()), CELL));
            }
            out.println(line.toString().stripTrailing());
        }
        StringBuilder verdicts = new StringBuilder(String.format("  %-" + STEP + "s", "verdict"));
        for (EngineRun r : c.runs()) verdicts.append(' ').append(fit(one(ComparisonMarkdown.verdict(r)), CELL));
        out.println(verdicts.toString().stripTrailing());
        out.println();
        for (EngineRun r : c.runs()) {
            if (!r.ran()) {
                out.println(one(r.name()) + ": not available: " + one(r.unavailable()));
                continue;
            }
            out.println(one(r.name()) + ": " + one(ComparisonMarkdown.verdict(r)));
            for (TableSnapshot t : r.record().tables()) {
                out.println("    " + t.table() + ": " + String.join("; ", t.contents().rows().stream().map(row -> String.join(", ", row)).map(TerminalText::one).toList()));
            }
        }
        out.println(c.enginesDiffer() ? "The engines differ: rows marked ≠." : "Every engine that ran did the same.");
    }

    private static String fit(String s, int width) {
        String t = s.length() <= width ? s : s.substring(0, width - 1) + "…";
        return String.format("%-" + width + "s", t);
    }

    static Map<String, Object> json(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", c.plan().scenario().id());
        m.put("protection", c.plan().protectionId());
        m.put("schedule", c.schedule());
        List<Map<String, Object>> engines = new ArrayList<>();
        for (EngineRun r : c.runs()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("engine", r.id().key());
            e.put("name", r.name());
            e.put("available", r.ran());
            if (!r.ran()) e.put("why", r.unavailable());
            else {
                e.put("version", r.record().engine().version());
                e.put("outcome", r.record().verdict() == null ? null : r.record().verdict().outcome().word());
                e.put("verdict", r.record().verdict() == null ? null : r.record().verdict().summary());
                Map<String, Object> tables = new LinkedHashMap<>();
                for (TableSnapshot t : r.record().tables()) tables.put(t.table(), t.contents().rows());
                e.put("tables", tables);
            }
            engines.add(e);
        }
        m.put("engines", engines);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StepRow row : c.rows()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("position", row.position());
            rm.put("lane", row.lane());
            rm.put("step", row.stepId());
            rm.put("sql", row.sql());
            rm.put("differs", row.differs());
            Map<String, Object> outcomes = new LinkedHashMap<>();
            row.outcomes().forEach((id, o) -> {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                om.put("waited", o.waited());
                om.put("waitingFor", o.waitedFor());
                if (o.error() != null) {
                    om.put("error", o.error().id());
                    om.put("sqlState", o.sqlState());
                }
                om.put("words", o.words());
                outcomes.put(id.key(), om);
            });
            rm.put("outcomes", outcomes);
            rows.add(rm);
        }
        m.put("rows", rows);
        m.put("enginesDiffer", c.enginesDiffer());
        return m;
    }

    static String markdown(Comparison c) {
        return "# " + StepWords.title(c.plan()) + " — " + c.plan().protectionTitle() + "\n\n" + ComparisonMarkdown.section(c);
    }
}
