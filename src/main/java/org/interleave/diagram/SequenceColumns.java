// The horizontal plan of the diagram: which lanes sit left and right of the Database, their x, and the note margins.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of the lanes (rounded up) sit left of the Database in plan order, the rest right of it:
 * T1 | Database | T2; T1 | Database; T1 T2 | Database | T3; T1 T2 | Database | T3 T4. Notes of a lane go in the
 * margin on its side, beside the outermost lane of that side. With two lanes or more on a side, every lane's labels
 * (SQL, answers, tables) stand between the Database and the lane nearest to it, so that no label crosses another
 * lane's lifeline: that gap is as wide as the widest lane of the side needs, and the outer lanes only clear headers.
 */
final class SequenceColumns {
    private final List<String> left;
    private final List<String> right;
    private final Map<String, Double> x = new LinkedHashMap<>();
    private final LayoutMetrics m;
    private double leftNoteEdge;
    private double rightNoteEdge;
    private double width;

    SequenceColumns(List<String> lanes, LayoutMetrics m) {
        this.m = m;
        int half = (lanes.size() + 1) / 2;
        this.left = List.copyOf(lanes.subList(0, half));
        this.right = List.copyOf(lanes.subList(half, lanes.size()));
    }

    boolean isLeft(String lane) {
        return left.contains(lane);
    }

    /**
     * Computes the x of every column, with the diagram's left edge at 0, and the diagram's minimum width.
     *
     * @param content     the width each lane needs between its lifeline and the Database's
     * @param headerWidth the width of each column's header box (the Database's under {@link DiagramLayout#DATABASE})
     * @param leftNotes   the widest note box of the lanes left of the Database (0 when none), likewise {@code rightNotes}
     */
    void place(Map<String, Double> content, Map<String, Double> headerWidth, double leftNotes, double rightNotes) {
        Map<String, Double> offset = new LinkedHashMap<>();
        offset.put(DiagramLayout.DATABASE, 0.0);
        List<String> leftOutward = new ArrayList<>(left);
        Collections.reverse(leftOutward);
        spread(leftOutward, content, headerWidth, offset, -1);
        spread(right, content, headerWidth, offset, 1);
        String leftmost = left.isEmpty() ? DiagramLayout.DATABASE : left.get(0);
        String rightmost = right.isEmpty() ? DiagramLayout.DATABASE : right.get(right.size() - 1);
        double noteSpace = m.barWidth() / 2 + 2 * m.gap();
        double leftExtent = Math.max(headerWidth.get(leftmost) / 2, leftNotes > 0 ? leftNotes + noteSpace : 0);
        double rightExtent = Math.max(headerWidth.get(rightmost) / 2, rightNotes > 0 ? rightNotes + noteSpace : 0);
        double shift = m.margin() + leftExtent - offset.get(leftmost);
        for (Map.Entry<String, Double> e : offset.entrySet()) x.put(e.getKey(), e.getValue() + shift);
        leftNoteEdge = x.get(leftmost) - noteSpace;
        rightNoteEdge = x.get(rightmost) + noteSpace;
        width = x.get(rightmost) + rightExtent + m.margin();
    }

    /**
     * Places lanes outward from the Database: the nearest one as far as the widest content of the side needs, each
     * further one clearing its neighbour's header (and leaving room for its arrows' step badges).
     */
    private void spread(List<String> outward, Map<String, Double> content, Map<String, Double> headerWidth,
            Map<String, Double> offset, int sign) {
        String previous = DiagramLayout.DATABASE;
        double sideContent = outward.stream().mapToDouble(content::get).max().orElse(0);
        for (String lane : outward) {
            double fromDb = previous.equals(DiagramLayout.DATABASE) ? Math.max(sideContent, m.minGap())
                    : Math.abs(offset.get(previous)) + m.badgeSize() + m.barWidth() + 2 * m.gap();
            double clearHeader = Math.abs(offset.get(previous)) + (headerWidth.get(previous) + headerWidth.get(lane)) / 2 + 3 * m.gap();
            offset.put(lane, sign * Math.max(fromDb, clearHeader));
            previous = lane;
        }
    }

    /** Moves every column right by {@code dx} (to centre the columns under a wider title). */
    void shift(double dx) {
        x.replaceAll((k, v) -> v + dx);
        leftNoteEdge += dx;
        rightNoteEdge += dx;
        width += dx;
    }

    double x(String column) {
        Double v = x.get(column);
        if (v == null) throw new IllegalArgumentException("no column " + column);
        return v;
    }

    double databaseX() {
        return x(DiagramLayout.DATABASE);
    }

    /**
     * The x where a lane's labels start: beside the lifeline of the lane nearest the Database on its side (for the
     * left side; its own lifeline when it is that lane), or beside the Database's (for the right side).
     */
    double labelX(String lane) {
        if (!isLeft(lane)) return databaseX() + m.pad();
        return x(left.get(left.size() - 1)) + m.barWidth() / 2 + m.pad() + m.badgeSize() / 2;
    }

    /** The left edge of a note box of width {@code w} for a lane. */
    double noteX(String lane, double w) {
        return isLeft(lane) ? leftNoteEdge - w : rightNoteEdge;
    }

    /** The x of the outermost columns, for boxes spanning every lifeline. */
    double leftmostX() {
        return x(left.isEmpty() ? DiagramLayout.DATABASE : left.get(0));
    }

    double rightmostX() {
        return x(right.isEmpty() ? DiagramLayout.DATABASE : right.get(right.size() - 1));
    }

    double width() {
        return width;
    }

    /** Every column's x, lanes by id and the Database under {@link DiagramLayout#DATABASE}. */
    Map<String, Double> positions() {
        return Map.copyOf(x);
    }
}
