// The measured texts of one event's row: request label, answer label, result table, wait text and narration note.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.ResultTable;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;

final class StepContent {
    final RunEvent event;
    /** The SQL (and binds) over the request arrow; empty when the step completes after a wait (its request is above). */
    final List<TextBlock> request = new ArrayList<>();
    /** The answer over the return arrow; empty while the step waits. */
    final List<TextBlock> answer = new ArrayList<>();
    /** For a waiting step: the text of the wait marker. */
    TextBlock waitText;
    /** For a skipped step: why it did not run, under its grey arrow. */
    TextBlock skippedText;
    ResultGrid table;
    TextBlock note;
    /** How the step differs from what the scenario file expected of it ("≠ expected to ..."), or null. */
    TextBlock surprise;
    /** For a step that completes after waiting: the sequence number of its WAITING event, else 0. */
    final int waitedSince;

    /** For a step that took a lock its lane was not shown holding yet: the words for it ({@link LockMarks}), else null. */
    private final String lockMark;

    /** The words of the lock this step took, or null. */
    String lockMark() {
        return lockMark;
    }

    StepContent(RunEvent e, int waitedSince, LayoutMetrics m, TextMeasurer tm) {
        this(e, waitedSince, List.of(), java.util.Map.of(), null, m.sqlWrap(), m, tm);
    }

    /**
     * @param waitingOnIt for a deadlock's victim: the lanes that were waiting when it failed (the rest of the cycle)
     * @param waits       for a deadlock's victim: whom each lane waiting then waited for (the victim too, if it waited)
     * @param wrap        the width the lane's texts wrap at: the room its column was given for every step of the plan
     */
    StepContent(RunEvent e, int waitedSince, List<String> waitingOnIt, java.util.Map<String, List<String>> waits, String lockMark, double wrap,
            LayoutMetrics m, TextMeasurer tm) {
        this.event = e;
        this.lockMark = lockMark;
        this.waitedSince = waitedSince;
        boolean skipped = e.status() == StepStatus.SKIPPED;
        if (!e.afterWait()) {
            request.add(TextBlock.wrap(StepWords.sql(e), m.sql, skipped ? Role.SKIPPED : Role.REQUEST, wrap, tm));
            String binds = StepWords.binds(e);
            if (!binds.isEmpty()) request.add(TextBlock.wrap(binds, m.bind, skipped ? Role.SKIPPED : Role.BIND, wrap, tm));
        }
        if (e.afterWait()) answer.add(TextBlock.wrap(StepWords.released(waitedSince), m.resultBold, Role.RELEASED, wrap, tm));
        switch (e.status()) {
            case WAITING:
                waitText = TextBlock.wrap(StepWords.waiting(e), m.resultBold, Role.WAIT, wrap * 0.8, tm);
                break;
            case SKIPPED:
                skippedText = TextBlock.wrap(StepWords.result(e), m.result, Role.SKIPPED, wrap, tm);
                break;
            case FAILED:
                answer.add(TextBlock.wrap("ERROR: " + StepWords.error(e), m.resultBold, Role.ERROR, wrap, tm));
                answer.add(TextBlock.wrap(StepWords.failureConsequence(e), m.result, Role.ERROR, wrap, tm));
                if (e.error() != null && e.error().kind() == org.interleave.engine.ErrorKind.DEADLOCK) {
                    answer.add(TextBlock.wrap(StepWords.deadlockCycle(e.lane(), waitingOnIt, waits), m.resultBold, Role.DEADLOCK, wrap, tm));
                }
                break;
            default:
                completed(e, m, tm, wrap);
        }
        if (e.note() != null && !e.note().isBlank()) note = TextBlock.wrap(StepWords.oneLine(e.note()), m.note, Role.NOTE, m.noteWrap(), tm);
    }

    /** Adds what the step kept for later steps ("kept :sold = 1") under its answer. */
    void kept(String words, double wrap, LayoutMetrics m, TextMeasurer tm) {
        if (!words.isEmpty() && !answer.isEmpty()) answer.add(TextBlock.wrap(words, m.bind, Role.BIND, wrap, tm));
    }

    /** Marks the row with how the step differs from what the file expected of it. */
    void surprise(String sentence, double wrap, LayoutMetrics m, TextMeasurer tm) {
        surprise = TextBlock.wrap("≠ " + sentence, m.resultBold, Role.SURPRISE, wrap, tm);
    }

    private void completed(RunEvent e, LayoutMetrics m, TextMeasurer tm, double wrap) {
        if (StepWords.isCommit(e)) {
            answer.add(TextBlock.wrap("committed", m.resultBold, Role.COMMIT, wrap, tm));
        } else if (StepWords.isRollback(e)) {
            answer.add(TextBlock.wrap("rolled back", m.resultBold, Role.ROLLBACK, wrap, tm));
        } else if (usesTable(e.rows())) {
            answer.add(TextBlock.wrap(e.rows().rows().size() + (e.rows().truncated() ? "+" : "") + " rows", m.result, Role.RESULT, wrap, tm));
            table = new ResultGrid(e.rows(), m, tm);
        } else if (e.written().isEmpty()) {
            answer.add(TextBlock.wrap(StepWords.result(e), m.result, Role.RESULT, wrap, tm));
        }
        // what was written says how many rows changed too: "id 1: balance 950 → 1100" replaces "1 row changed"
        for (org.interleave.engine.RowChange change : e.written()) {
            answer.add(TextBlock.wrap(change.words(), m.resultBold, Role.WRITTEN, wrap, tm));
        }
        int more = e.updateCount() == null ? 0 : e.updateCount() - e.written().size();
        if (!e.written().isEmpty() && more > 0) answer.add(TextBlock.wrap("and " + more + " more", m.result, Role.WRITTEN, wrap, tm));
        if (lockMark != null) answer.add(TextBlock.wrap(lockMark, m.result, Role.LOCK_TAKEN, wrap, tm));
        if (e.detail() != null && !e.detail().isBlank()) {
            answer.add(TextBlock.wrap(StepWords.oneLine(e.detail()), m.resultBold, Role.CRASH, wrap, tm));
        }
    }

    /** Rows are drawn as a table unless they fit the one-line summary ("balance = 1000"). */
    static boolean usesTable(ResultTable rows) {
        return rows != null && !rows.rows().isEmpty() && !(rows.rows().size() == 1 && rows.columns().size() <= 3);
    }

    /** The widest part between the lifelines. */
    double width(LayoutMetrics m) {
        double w = Math.max(TextBlock.width(request), TextBlock.width(answer));
        if (waitText != null) w = Math.max(w, waitText.width() + 2 * m.pad() + 4 * m.s);
        if (skippedText != null) w = Math.max(w, skippedText.width());
        if (table != null) w = Math.max(w, table.width());
        return w;
    }
}
