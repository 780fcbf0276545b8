// Plays the story (the default schedule) from wherever the run stands, one step per beat; runs on the control thread.
package org.interleave.ui.session;

import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.interleave.engine.ReplaySession;
import org.interleave.engine.Run;
import org.interleave.engine.RunSetupException;
import org.interleave.engine.SchedulePlayer;

final class StoryPlayer {
    /** Time between two steps while playing: slow enough to follow on a projector. */
    static final long PACE_MILLIS = 1300;
    /** How many beats in a row every lane left in the story may wait before playing stops. */
    private static final int MAX_WAITING_BEATS = 6;

    private final ControlThread control;
    private final ReplaySession session;
    private final Runnable refresh;
    private final Consumer<Boolean> playingSink;
    private final Consumer<String> report;
    /** Control thread only. */
    private ScheduledFuture<?> ticking;
    private int waitingBeats;

    StoryPlayer(ControlThread control, ReplaySession session, Runnable refresh, Consumer<Boolean> playingSink, Consumer<String> report) {
        this.control = control;
        this.session = session;
        this.refresh = refresh;
        this.playingSink = playingSink;
        this.report = report;
    }

    /** Takes the story's next step; tells whether one was taken, the story waits, or is over. */
    StoryCursor.Next stepOnce() {
        Run run = session.run();
        if (run == null) return StoryCursor.Next.OVER;
        StoryCursor.Next next = next(run);
        if (next.lane() != null) {
            session.step(next.lane());
            refresh.run();
        }
        return next;
    }

    private static StoryCursor.Next next(Run run) {
        return StoryCursor.next(SchedulePlayer.completed(run.plan().defaultSchedule(), run), run.issuedOrder(), run::canStep);
    }

    /** Starts playing; a finished run (every lane done or ended, the verdict shown) starts over from the beginning. */
    void start() {
        if (ticking != null) return;
        Run run = session.run();
        if (run == null) return;
        try {
            if (run.isSettled()) {
                session.reset();
                refresh.run();
            }
        } catch (RunSetupException e) {
            report.accept(e.getMessage());
            return;
        }
        waitingBeats = 0;
        playingSink.accept(true);
        ticking = control.repeat(this::beat, 150, PACE_MILLIS);
    }

    private void beat() {
        try {
            StoryCursor.Next step = stepOnce();
            Run run = session.run();
            if (step.over() || run == null || next(run).over()) {
                stop();
            } else if (step.lane() == null && ++waitingBeats > MAX_WAITING_BEATS) {
                stop();
                report.accept("Playing stopped: every lane left in the story is waiting for a lock.");
            } else if (step.lane() != null) {
                waitingBeats = 0;
            }
        } catch (RuntimeException e) {
            stop();
            report.accept("Playing stopped: " + e.getMessage());
        }
    }

    void stop() {
        if (ticking == null) return;
        ticking.cancel(false);
        ticking = null;
        playingSink.accept(false);
    }
}
