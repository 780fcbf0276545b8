// The words for where a run stands in its story.
package org.interleave.ui.session;

import java.util.List;

public final class StoryText {
    private StoryText() {}

    /** The entries of the story not played yet, e.g. [T2, T1, T1]; a lane that ended early (aborted) has none left. */
    public static List<String> rest(SessionSnapshot s) {
        return StoryCursor.remaining(s.story(), s.history()).stream().filter(lane -> {
            LaneStatus status = s.lane(lane);
            return status == null || !status.endedEarly();
        }).toList();
    }
}
