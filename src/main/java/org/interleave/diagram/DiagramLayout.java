// A laid-out sequence diagram: its size and its shapes in paint order; every picture (window, PNG, SVG) paints this.
package org.interleave.diagram;

import java.util.List;
import java.util.Map;

/**
 * Coordinates are diagram pixels at zoom 1; a view or renderer applies its own zoom as a transform.
 *
 * @param laneX    the x of each lane's lifeline (by lane id) and of the Database (key {@link #DATABASE})
 * @param newestY  the bottom of the newest step's row (or of the headers when nothing ran yet): scroll so it is visible
 * @param eventTop the top of each event's row, by {@code RunEvent.sequence()}
 */
public record DiagramLayout(double width, double height, List<Shape> shapes, Map<String, Double> laneX, double newestY,
        Map<Integer, Double> eventTop) {

    /** The key of the Database column in {@link #laneX()}. */
    public static final String DATABASE = "DB";
}
