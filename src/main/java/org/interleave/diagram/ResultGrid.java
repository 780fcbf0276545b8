// A query's rows measured as a small grid (header row, rules, at most a few rows) to draw under a return arrow.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.ResultTable;

final class ResultGrid {
    private final List<String> header;
    private final List<List<String>> rows;
    private final String more;
    private final double[] columnWidths;
    private final double cellPad;
    private final double rowHeight;
    private final double ascent;
    private final LayoutMetrics m;
    private final double moreWidth;

    ResultGrid(ResultTable table, LayoutMetrics m, TextMeasurer tm) {
        this.m = m;
        this.header = table.columns();
        int shown = Math.min(table.rows().size(), m.tableRows());
        this.rows = table.rows().subList(0, shown);
        int hidden = table.rows().size() - shown;
        this.more = hidden > 0 || table.truncated() ? "… " + (hidden > 0 ? hidden + " more" : "more") + " rows" : null;
        this.cellPad = 6 * m.s;
        this.rowHeight = tm.lineHeight(m.table) + 4 * m.s;
        this.ascent = tm.ascent(m.table) + 2 * m.s;
        columnWidths = new double[header.size()];
        for (int c = 0; c < header.size(); c++) {
            double w = tm.width(header.get(c), m.tableHead);
            for (List<String> row : rows) w = Math.max(w, tm.width(row.get(c), m.table));
            columnWidths[c] = w + 2 * cellPad;
        }
        moreWidth = more == null ? 0 : tm.width(more, m.table) + 2 * cellPad;
    }

    double width() {
        double w = 0;
        for (double c : columnWidths) w += c;
        return Math.max(w, moreWidth);
    }

    double height() {
        return rowHeight * (rows.size() + 1 + (more == null ? 0 : 1));
    }

    Shape.Table at(double x, double y) {
        List<Shape.Text> cells = new ArrayList<>();
        List<Shape.Line> rules = new ArrayList<>();
        double cx = x;
        for (int c = 0; c < header.size(); c++) {
            cells.add(new Shape.Text(Role.RESULT_TABLE, cx + cellPad, y + ascent, header.get(c), m.tableHead, Shape.Anchor.LEFT));
            for (int r = 0; r < rows.size(); r++) {
                cells.add(new Shape.Text(Role.RESULT_TABLE, cx + cellPad, y + rowHeight * (r + 1) + ascent, rows.get(r).get(c), m.table,
                        Shape.Anchor.LEFT));
            }
            if (c > 0) rules.add(new Shape.Line(Role.RESULT_TABLE, cx, y, cx, y + rowHeight * (rows.size() + 1), false, Shape.Head.NONE));
            cx += columnWidths[c];
        }
        rules.add(new Shape.Line(Role.RESULT_TABLE, x, y + rowHeight, x + width(), y + rowHeight, false, Shape.Head.NONE));
        if (more != null) {
            cells.add(new Shape.Text(Role.RESULT_TABLE, x + cellPad, y + rowHeight * (rows.size() + 1) + ascent, more, m.table, Shape.Anchor.LEFT));
        }
        return new Shape.Table(Role.RESULT_TABLE, x, y, width(), height(), List.copyOf(cells), List.copyOf(rules));
    }
}
