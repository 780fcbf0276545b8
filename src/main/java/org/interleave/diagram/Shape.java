// The drawable parts of a laid-out diagram, in diagram coordinates (pixels at zoom 1).
package org.interleave.diagram;

import java.util.List;

public sealed interface Shape {
    Role role();

    /** A rectangle, filled and outlined according to its role; {@code rounded} for notes and headers. */
    record Box(Role role, double x, double y, double width, double height, boolean rounded) implements Shape {}

    /** A straight line; arrows end at (x2, y2). */
    record Line(Role role, double x1, double y1, double x2, double y2, boolean dashed, Head head) implements Shape {}

    /** Text whose baseline starts at (x, y) for LEFT, is centred on x for CENTER, ends at x for RIGHT. */
    record Text(Role role, double x, double y, String text, FontSpec font, Anchor anchor) implements Shape {}

    /** A small table of result rows; cells are already measured and placed. */
    record Table(Role role, double x, double y, double width, double height, List<Text> cells, List<Line> rules) implements Shape {}

    enum Head { NONE, FILLED, OPEN, CROSS }

    enum Anchor { LEFT, CENTER, RIGHT }
}
