// Places the rows of the diagram, one per event: arrows, labels, badges, waits, markers, notes and lifeline bars.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.StepKind;

final class StepRows {
    /** Shapes painted under the arrows: activation and wait bars on the lifelines. */
    final List<Shape> bars = new ArrayList<>();
    /** Arrows, labels, badges, markers and notes. */
    final List<Shape> marks = new ArrayList<>();
    final Map<Integer, Double> eventTop = new LinkedHashMap<>();
    double newestBottom;

    private final LayoutMetrics m;
    private final TextMeasurer tm;
    private final SequenceColumns columns;
    private final Map<String, Double> activeSince = new HashMap<>();
    private final Map<String, Double> waitingSince = new HashMap<>();
    private final Map<String, LaneState> stateBefore = new HashMap<>();
    private final Map<String, Boolean> transactional;
    /** Every event placed so far, by sequence number, and the y of its answer arrow (where its lane ended, for a COMMIT). */
    private final Map<Integer, RunEvent> placed = new HashMap<>();
    private final Map<Integer, Double> answerY = new HashMap<>();

    /** Where each lane's lock track began (the answer of its first lock-taking step in the open transaction). */
    private final Map<String, Double> lockedSince = new HashMap<>();
    private final boolean lockTrack;

    StepRows(LayoutMetrics m, TextMeasurer tm, SequenceColumns columns, Map<String, Boolean> transactional, boolean lockTrack) {
        this.lockTrack = lockTrack;
        this.m = m;
        this.tm = tm;
        this.columns = columns;
        this.transactional = transactional;
    }

    /** Places every row from {@code top}; returns the bottom of the last row. */
    double place(List<StepContent> contents, double top) {
        double y = top;
        newestBottom = top;
        for (StepContent c : contents) {
            eventTop.put(c.event.sequence(), y);
            placed.put(c.event.sequence(), c.event);
            y = row(c, y);
            newestBottom = y;
            y += m.rowGap();
        }
        return y;
    }

    /** Ends the bars still open (a transaction not finished, a lane still waiting) at the lifelines' end. */
    void closeOpenBars(double bottom) {
        for (Map.Entry<String, Double> e : activeSince.entrySet()) bar(Role.ACTIVATION, e.getKey(), e.getValue(), bottom);
        for (Map.Entry<String, Double> e : waitingSince.entrySet()) bar(Role.WAIT, e.getKey(), e.getValue(), bottom);
        for (Map.Entry<String, Double> e : lockedSince.entrySet()) lockBar(e.getKey(), e.getValue(), bottom);
        lockedSince.clear();
        activeSince.clear();
        waitingSince.clear();
    }

    private double row(StepContent c, double top) {
        RunEvent e = c.event;
        String lane = e.lane();
        double laneX = columns.x(lane);
        double dbX = columns.databaseX();
        int dir = laneX < dbX ? 1 : -1;
        double laneEdge = laneX + dir * m.barWidth() / 2;
        double dbEdge = dbX - dir * 3 * m.s;
        double labelX = columns.labelX(lane);
        double y = top + m.gap();
        if (!c.request.isEmpty()) {
            y = TextBlock.emitStack(marks, c.request, labelX, y);
            double reqY = y + m.gap();
            requestArrow(e, laneEdge, dbEdge, reqY);

            if (e.status() != StepStatus.SKIPPED && !activeSince.containsKey(lane)
                    && (isTransactional(lane) || e.kind() == StepKind.BEGIN && e.status() == StepStatus.COMPLETED)) {
                activeSince.put(lane, reqY); // an autocommit lane's bar starts at its BEGIN
            }
            badge(e, laneX, reqY);
            y = reqY + m.gap();
            if (e.status() == StepStatus.WAITING) {
                waitingSince.put(lane, reqY);
                y = waitMarker(c.waitText, dir, dbX, y + m.gap() / 2);
            }
            if (e.status() == StepStatus.SKIPPED) y = TextBlock.emitStack(marks, List.of(c.skippedText), labelX, y);
        }
        if (!c.answer.isEmpty()) {
            y = TextBlock.emitStack(marks, c.answer, labelX, y);
            double resY = y + m.gap();
            Role role = e.status() == StepStatus.FAILED ? Role.ERROR : e.afterWait() ? Role.RELEASED : Role.RESULT;
            marks.add(new Shape.Line(role, dbEdge, resY, laneEdge, resY, true, Shape.Head.FILLED));
            answerY.put(e.sequence(), resY);
            if (lockTrack && c.lockMark() != null && e.status() == StepStatus.COMPLETED && (isTransactional(lane) || activeSince.containsKey(lane))) {
                lockedSince.putIfAbsent(lane, resY);
            }
            if (e.afterWait()) releaseLink(e, c.waitedSince, laneX, top + m.gap() / 2);
            if (e.afterWait()) {
                Double since = waitingSince.remove(lane);
                if (since != null) bar(Role.WAIT, lane, since, resY);
                badge(e, laneX, resY);
            }
            y = resY + m.gap();
            if (c.table != null) {
                marks.add(c.table.at(labelX, y));
                y += c.table.height() + m.gap();
            }
            y = Math.max(y, stateMarker(e, laneX, resY));
        }
        if (c.surprise != null) y = TextBlock.emitStack(marks, List.of(c.surprise), labelX, y) + m.gap() / 2;
        stateBefore.put(lane, e.laneState());
        if (c.note != null) y = Math.max(y, note(c.note, lane, top + m.gap()));
        return y;
    }

    /**
     * The link from the step that released a wait (the lock holder's COMMIT or ROLLBACK, or its crash) to the top of
     * the row of the step it released, so that cause and effect are one line on the board.
     */
    private void releaseLink(RunEvent released, int waitedSince, double toX, double toY) {
        RunEvent waiting = placed.get(waitedSince);
        if (waiting == null || waiting.waitingFor().isEmpty()) return;
        for (int seq = released.sequence() - 1; seq > waitedSince; seq--) {
            RunEvent cause = placed.get(seq);
            if (cause == null || !waiting.waitingFor().contains(cause.lane())) continue;
            // a victim's failure releases its locks too, but the deadlock's own line says so; the link is for an end the lane chose
            if (cause.status() == StepStatus.FAILED) return;
            boolean ended = StepWords.isCommit(cause) || StepWords.isRollback(cause) || !cause.laneState().open();
            Double fromY = answerY.get(seq);
            if (!ended || fromY == null) continue;
            double fromX = columns.x(cause.lane());
            int dir = toX > fromX ? 1 : -1;
            marks.add(new Shape.Line(Role.RELEASE_LINK, fromX + dir * m.barWidth(), fromY, toX - dir * m.barWidth(), toY, true, Shape.Head.FILLED));
            return;
        }
    }

    private void requestArrow(RunEvent e, double from, double to, double y) {
        if (e.status() == StepStatus.FAILED) {
            marks.add(new Shape.Line(Role.ERROR, from, y, to, y, false, Shape.Head.CROSS));
        } else if (e.status() == StepStatus.SKIPPED) {
            marks.add(new Shape.Line(Role.SKIPPED, from, y, to, y, true, Shape.Head.OPEN));
        } else if (e.status() == StepStatus.WAITING) {
            marks.add(new Shape.Line(Role.WAIT, from, y, to, y, false, Shape.Head.FILLED));
        } else {
            marks.add(new Shape.Line(Role.REQUEST, from, y, to, y, false, Shape.Head.FILLED));
        }
    }

    /** The amber box on the Database side of a waiting request; returns its bottom. */
    private double waitMarker(TextBlock text, int dir, double dbX, double top) {
        double w = text.width() + 2 * m.pad();
        double h = text.height() + 1.2 * m.pad();
        double x = dir > 0 ? dbX - 4 * m.s - w : dbX + 4 * m.s;
        marks.add(new Shape.Box(Role.WAIT, x, top, w, h, true));
        text.emit(marks, x + m.pad(), top + 0.6 * m.pad(), Shape.Anchor.LEFT);
        return top + h;
    }

    /** The numbered dot on the lifeline where a step starts (or completes after a wait). */
    private void badge(RunEvent e, double laneX, double y) {
        String n = Integer.toString(e.sequence());
        double h = m.badgeSize();
        double w = Math.max(h, tm.width(n, m.number) + 10 * m.s);
        Role role = e.status() == StepStatus.SKIPPED ? Role.SKIPPED : Role.STEP_NUMBER;
        marks.add(new Shape.Box(role, laneX - w / 2, y - h / 2, w, h, true));
        double baseline = y - tm.lineHeight(m.number) / 2 + tm.ascent(m.number);
        marks.add(new Shape.Text(role == Role.SKIPPED ? Role.REQUEST : Role.STEP_NUMBER, laneX, baseline, n, m.number, Shape.Anchor.CENTER));
    }

    /** Marks a commit, rollback, abort or crash on the lifeline and ends the activation bar; returns the marker's bottom. */
    private double stateMarker(RunEvent e, double laneX, double y) {
        LaneState before = stateBefore.getOrDefault(e.lane(), LaneState.NOT_STARTED);
        LaneState after = e.laneState();
        if (after.open() || after == before && before != LaneState.NOT_STARTED) return y;
        boolean failure = after == LaneState.ABORTED || after == LaneState.CRASHED;
        if (!isTransactional(e.lane()) && !failure && !activeSince.containsKey(e.lane())) return y;
        Role role = after == LaneState.COMMITTED ? Role.COMMIT : after == LaneState.CRASHED ? Role.CRASH : Role.ROLLBACK;
        Double since = activeSince.remove(e.lane());
        if (since != null) bar(Role.ACTIVATION, e.lane(), since, y + 5 * m.s);
        Double locked = lockedSince.remove(e.lane());
        if (locked != null) lockBar(e.lane(), locked, y + 5 * m.s);
        double w = m.barWidth() * 2.6;
        double h = 7 * m.s;
        marks.add(new Shape.Box(role, laneX - w / 2, y + 5 * m.s, w, h, true));
        return y + 5 * m.s + h + m.gap();
    }

    private double note(TextBlock text, String lane, double top) {
        double w = text.width() + 2 * m.pad();
        double h = text.height() + 1.4 * m.pad();
        double x = columns.noteX(lane, w);
        marks.add(new Shape.Box(Role.NOTE, x, top, w, h, true));
        text.emit(marks, x + m.pad(), top + 0.7 * m.pad(), Shape.Anchor.LEFT);
        return top + h;
    }

    private void bar(Role role, String lane, double from, double to) {
        double x = columns.x(lane) - m.barWidth() / 2;
        bars.add(new Shape.Box(role, x, from, m.barWidth(), Math.max(to - from, 2), false));
    }

    /** The lock track: outside the activation bar, on the side away from the database. */
    private void lockBar(String lane, double from, double to) {
        double laneX = columns.x(lane);
        double width = 4 * m.s;
        double offset = m.barWidth() / 2 + 3 * m.s;
        double x = laneX < columns.databaseX() ? laneX - offset - width : laneX + offset;
        bars.add(new Shape.Box(Role.LOCK_TRACK, x, from, width, Math.max(to - from, 2), false));
    }

    private boolean isTransactional(String lane) {
        return transactional.getOrDefault(lane, true);
    }
}
