// Prints a run the way PostgreSQL's isolationtester prints a permutation, so that it can be compared line by line
// with a spec's expected output file.
package org.interleave.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.interleave.engine.ResultTable;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.ScheduleEntry;

final class IsolationTesterText {
    /** PQprint right-aligns a column whose every value looks like a number. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private final PrintWriter out;

    IsolationTesterText(PrintWriter out) {
        this.out = out;
    }

    void print(RunRecord r) {
        out.println("Parsed test spec with " + r.plan().lanes().size() + " sessions");
        out.println();
        out.println("starting permutation: " + String.join(" ", permutation(r)));
        for (RunEvent e : r.events()) {
            if (!printed(e.stepId())) {
                // a session's setup and teardown print only what they return, as isolationtester's do
                if (e.status() == StepStatus.FAILED) error(e);
                else if (e.status() == StepStatus.COMPLETED && e.rows() != null) table(e.rows());
                continue;
            }
            if (e.stepId().matches(".*-\\d+$")) {
                // a later statement of a step's block: part of that step, already printed with it
                if (e.status() == StepStatus.FAILED) error(e);
                else if (e.status() == StepStatus.COMPLETED && e.rows() != null) table(e.rows());
                continue;
            }
            switch (e.status()) {
                case WAITING -> out.println("step " + e.stepId() + ": " + sql(e) + " <waiting ...>");
                case SKIPPED -> out.println("step " + e.stepId() + ": " + sql(e) + " <not run: " + e.detail() + ">");
                default -> {
                    out.println("step " + e.stepId() + ": " + (e.afterWait() ? "<... completed>" : sql(e)));
                    if (e.status() == StepStatus.FAILED) error(e);
                    else if (e.rows() != null) table(e.rows());
                }
            }
        }
    }

    /** The permutation's step names as the spec wrote them: setups, teardowns and the rest of a block left out. */
    private static List<String> permutation(RunRecord r) {
        List<String> names = new ArrayList<>();
        for (ScheduleEntry e : r.plan().schedule()) {
            String id = e.step();
            if (id != null && printed(id) && !id.matches(".*-\\d+$")) names.add(id);
        }
        if (names.isEmpty()) for (String lane : r.played()) names.add(lane);
        return names;
    }

    private static boolean printed(String stepId) {
        return !stepId.equals("setup") && !stepId.equals("teardown") && !stepId.matches("(setup|teardown)-\\d+");
    }

    private static String sql(RunEvent e) {
        String text = e.sql().strip();
        return text.endsWith(";") ? text : text + ";";
    }

    private void error(RunEvent e) {
        out.println("ERROR:  " + e.error().shortMessage());
    }

    /** A result as PQprint aligns it: headers left, numbers right, text left, then the row count and a blank line. */
    private void table(ResultTable t) {
        // psql prints NULL as nothing and a boolean as t or f
        List<List<String>> rows = t.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                cells.add(v.equals("NULL") ? "" : t.booleanColumns().contains(c) ? (v.equals("true") ? "t" : v.equals("false") ? "f" : v) : v);
            }
            return cells;
        }).toList();
        int n = t.columns().size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = t.columns().get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
                if (!row.get(c).isEmpty() && !NUMBER.matcher(row.get(c)).matches()) numeric[c] = false;
            }
        }
        List<String> head = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            head.add(pad(t.columns().get(c), width[c], false));
            rule.add("-".repeat(width[c]));
        }
        out.println(String.join("|", head));
        out.println(String.join("+", rule));
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) cells.add(pad(row.get(c), width[c], numeric[c]));
            out.println(String.join("|", cells));
        }
        int count = rows.size();
        out.println("(" + count + (t.truncated() ? "+" : "") + (count == 1 && !t.truncated() ? " row)" : " rows)"));
        out.println();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
