// Plays a schedule on a run, postponing the entries of a lane that waits until the database lets it go on.
package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

public final class SchedulePlayer {
    /** How long to wait for a waiting lane to be released before calling the schedule stuck. */
    private static final long STUCK_MILLIS = 300;

    /**
     * @param played  the lanes in the order their steps were issued (differs from the schedule where a lane waited)
     * @param skipped schedule entries that could not be played, with the reason
     */
    public record Playback(List<String> played, List<String> skipped) {}

    private SchedulePlayer() {}

    public static Playback play(Run run, List<String> schedule) {
        return play(run, schedule, lane -> {});
    }

    /** As {@link #play(Run, List)}, calling {@code afterStep} with the lane after each step it issues. */
    public static Playback play(Run run, List<String> schedule, java.util.function.Consumer<String> afterStep) {
        List<String> queue = new ArrayList<>(schedule);
        List<String> played = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        while (!queue.isEmpty()) {
            int next = -1;
            for (int i = 0; i < queue.size() && next < 0; i++) {
                String lane = queue.get(i);
                if (!run.laneIds().contains(lane)) {
                    skipped.add(lane + ": no such lane");
                    queue.remove(i--);
                } else if (run.nextStep(lane).isEmpty() && !run.isWaiting(lane)) {
                    skipped.add(lane + ": no step left");
                    queue.remove(i--);
                } else if (run.canStep(lane)) {
                    next = i;
                }
            }
            if (next >= 0) {
                String lane = queue.remove(next);
                run.step(lane);
                played.add(lane);
                afterStep.accept(lane);
                continue;
            }
            if (queue.isEmpty()) break;
            if (!run.awaitEventAfter(run.events().size(), STUCK_MILLIS)) {
                for (String lane : queue) skipped.add(lane + ": still waiting, and no other lane in the schedule can release it");
                break;
            }
        }
        return new Playback(List.copyOf(played), List.copyOf(skipped));
    }

    /** The schedule followed by every step it leaves out, lane by lane, so that the run can finish. */
    public static List<String> completed(List<String> schedule, Run run) {
        return completed(schedule, run.plan());
    }

    public static List<String> completed(List<String> schedule, org.interleave.scenario.RunPlan plan) {
        List<String> full = new ArrayList<>(schedule);
        for (String lane : plan.laneIds()) {
            long given = schedule.stream().filter(lane::equals).count();
            int total = plan.lane(lane).orElseThrow().steps().size();
            for (long i = given; i < total; i++) full.add(lane);
        }
        return full;
    }
}
