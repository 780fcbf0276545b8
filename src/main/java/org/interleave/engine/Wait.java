// What the watcher learned about a waiting step: the lanes it waits for, and whether other sessions hold it too.
package org.interleave.engine;

import java.util.List;

/**
 * @param lanes           the lanes whose locks it waits for, in the order the database named them
 * @param otherSessions   sessions that are not lanes hold it too (another client of a user's server)
 */
record Wait(List<String> lanes, boolean otherSessions) {
    /** The database names no holder. */
    static final Wait UNNAMED = new Wait(List.of(), false);

    String sentence() {
        if (lanes.isEmpty() && !otherSessions) {
            return "waiting; the database names no lock holder (a duplicate key or a table lock held by an open transaction)";
        }
        if (lanes.isEmpty()) return "waiting for another session's lock";
        String holders = lanes.size() == 1 ? lanes.get(0) + "'s lock" : String.join(" and ", lanes) + "'s locks";
        return "waiting for " + holders + (otherSessions ? " and another session's" : "");
    }
}
