// The story's next step follows the default schedule from wherever the run stands, postponing waiting lanes.
package org.interleave.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCursorTest {
    private static final List<String> STORY = List.of("T1", "T2", "T2", "T2", "T1", "T1");

    @Test
    void continuesTheStoryAfterItsPlayedPart() {
        assertEquals(List.of("T2", "T1", "T1"), StoryCursor.remaining(STORY, List.of("T1", "T2", "T2")));
        assertEquals("T2", StoryCursor.next(STORY, List.of("T1", "T2", "T2"), lane -> true).lane());
    }

    @Test
    void countsStepsTakenByHandWhateverTheirOrder() {
        assertEquals(List.of("T2", "T2", "T1"), StoryCursor.remaining(STORY, List.of("T1", "T1", "T2")));
    }

    @Test
    void postponesAWaitingLane() {
        assertEquals("T1", StoryCursor.next(STORY, List.of("T1", "T2"), lane -> !lane.equals("T2")).lane());
    }

    @Test
    void waitsWhenEveryLaneLeftWaitsAndEndsWithTheStory() {
        StoryCursor.Next next = StoryCursor.next(STORY, List.of("T1", "T2", "T2", "T2", "T1"), lane -> false);
        assertEquals(null, next.lane());
        assertTrue(!next.over());
        assertTrue(StoryCursor.next(STORY, STORY, lane -> true).over());
    }
}
