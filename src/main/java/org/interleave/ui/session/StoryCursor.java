// Finds the next step of the story (the default schedule) from what has been played so far, however it was played.
package org.interleave.ui.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

final class StoryCursor {
    /** What to do next: step {@code lane}, wait for a waiting lane, or nothing because the story is over. */
    record Next(String lane, boolean over) {
        static final Next WAIT = new Next(null, false);
        static final Next OVER = new Next(null, true);
    }

    private StoryCursor() {}

    /** The story's entries not yet played: each lane's first entries are taken as the steps it already issued. */
    static List<String> remaining(List<String> story, List<String> history) {
        Map<String, Integer> issued = new HashMap<>();
        for (String lane : history) issued.merge(lane, 1, Integer::sum);
        List<String> left = new ArrayList<>();
        for (String lane : story) {
            int n = issued.getOrDefault(lane, 0);
            if (n > 0) issued.put(lane, n - 1);
            else left.add(lane);
        }
        return left;
    }

    /** The first remaining entry whose lane can step; entries of a waiting lane are postponed, as SchedulePlayer does. */
    static Next next(List<String> story, List<String> history, Predicate<String> canStep) {
        List<String> left = remaining(story, history);
        if (left.isEmpty()) return Next.OVER;
        for (String lane : left) {
            if (canStep.test(lane)) return new Next(lane, false);
        }
        return Next.WAIT;
    }
}
