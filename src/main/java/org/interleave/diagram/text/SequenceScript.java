// The story of a run as text-diagram statements (participants, messages, notes), shared by Mermaid and PlantUML.
package org.interleave.diagram.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.LockMarks;
import org.interleave.diagram.StepWords;
import org.interleave.engine.CheckResult;
import org.interleave.engine.LaneState;
import org.interleave.engine.ExpectedSteps;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepSurprise;
import org.interleave.engine.StepStatus;
import org.interleave.engine.Verdict;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Lane;
import org.interleave.scenario.Outcome;
import org.interleave.scenario.RunPlan;

/**
 * Participants are the lanes with the Database in the middle (first half of the lanes left of it, as in the
 * picture). Each event gives a request (lane to Database, numbered like the transcript) and an answer; a wait is a
 * note over the lane and the Database; narration goes beside its lane, just before its step; the verdict closes
 * the script.
 */
public final class SequenceScript {
    public static final String DATABASE = "Database";

    private final String title;
    private final String subtitle;
    private final List<ScriptItem> items;

    private SequenceScript(String title, String subtitle, List<ScriptItem> items) {
        this.title = title;
        this.subtitle = subtitle;
        this.items = List.copyOf(items);
    }

    public String title() {
        return title;
    }

    /** Scenario, protection, isolation levels and engine in one line. */
    public String subtitle() {
        return subtitle;
    }

    public List<ScriptItem> items() {
        return items;
    }

    public static SequenceScript of(DiagramInput in) {
        return of(in, false);
    }

    /** With {@code lockTrack}, each lock span (LockSpans) also activates its lane, from the step that took it to its end. */
    public static SequenceScript of(DiagramInput in, boolean lockTrack) {
        RunPlan plan = in.plan();
        List<LockSpans.Span> spans = lockTrack ? LockSpans.of(in.events()) : List.of();
        List<ScriptItem> items = new ArrayList<>();
        List<String> order = participantOrder(plan.laneIds());
        for (String id : order) {
            if (id.equals(DATABASE)) items.add(new ScriptItem.Participant(DATABASE, DATABASE, true));
            else items.add(new ScriptItem.Participant(id, plan.lane(id).map(Lane::label).orElse(id), false));
        }
        String first = order.get(0);
        String last = order.get(order.size() - 1);
        List<String> span = List.of(first, last);
        String subtitle = "Scenario " + plan.scenario().id() + " · protection: " + plan.protectionTitle() + " · isolation: "
                + StepWords.isolations(plan) + " · engine: " + in.engine().displayName();
        items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, span, List.of(subtitle), ScriptItem.Tone.INFO));
        for (Lane lane : plan.lanes()) {
            items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(lane.id()), List.of(lane.label() == null ? lane.id() : lane.label()),
                    ScriptItem.Tone.INFO));
        }
        if (!plan.setup().isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("Setup:");
            for (EngineSql sql : plan.setup()) lines.add(StepWords.oneLine(sql.forEngine(in.engine().id()).orElse(sql.anyText())));
            items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, span, lines, ScriptItem.Tone.SETUP));
        }
        Waits waitingAt = new Waits();
        Map<String, LaneState> before = new HashMap<>();
        LockMarks locks = new LockMarks();
        List<StepSurprise> surprises = ExpectedSteps.surprises(plan, in.engine().id(), in.events(), in.verdict() != null);
        for (RunEvent e : in.events()) {
            boolean left = order.indexOf(e.lane()) < order.indexOf(DATABASE);
            events(items, e, waitingAt, before, left, plan.lane(e.lane()).map(Lane::transactional).orElse(true), locks.next(e));
            for (LockSpans.Span s : spans) {
                if (s.from() == e.sequence()) items.add(new ScriptItem.Activation(s.lane(), true));
                if (s.to() == e.sequence()) items.add(new ScriptItem.Activation(s.lane(), false));
            }
            String kept = StepWords.kept(e, plan);
            if (!kept.isEmpty()) items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(e.lane()), List.of(kept), ScriptItem.Tone.INFO));
            for (StepSurprise s : surprises) {
                if (s.sequence() == e.sequence()) {
                    items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(e.lane()), List.of("≠ " + s.sentence()), ScriptItem.Tone.SURPRISE));
                }
            }
        }
        for (StepSurprise s : surprises) {
            if (s.sequence() == 0) {
                items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(s.lane()), List.of("≠ " + s.stepId() + ": " + s.sentence()),
                        ScriptItem.Tone.SURPRISE));
            }
        }
        for (LockSpans.Span s : spans) if (s.to() == 0) items.add(new ScriptItem.Activation(s.lane(), false));
        items.add(verdictNote(in, span));
        return new SequenceScript(StepWords.title(plan), subtitle, items);
    }

    /** Who waits since which step, for whom, and what ended each lock holder: so a release names its cause. */
    private static final class Waits {
        final Map<String, Integer> since = new HashMap<>();
        final Map<String, List<String>> forWhom = new HashMap<>();
        final Map<String, String> endedBy = new HashMap<>();
    }

    private static void events(List<ScriptItem> items, RunEvent e, Waits waitingAt, Map<String, LaneState> before,
            boolean left, boolean transactional, java.util.Optional<String> lockMark) {
        String lane = e.lane();
        String number = e.sequence() + ". ";
        List<String> laneAndDb = left ? List.of(lane, DATABASE) : List.of(DATABASE, lane);
        if (e.note() != null && !e.note().isBlank()) {
            items.add(new ScriptItem.Note(left ? ScriptItem.Placement.LEFT_OF : ScriptItem.Placement.RIGHT_OF, List.of(lane),
                    List.of(StepWords.oneLine(e.note())), ScriptItem.Tone.NARRATION));
        }
        switch (e.status()) {
            case WAITING:
                waitingAt.since.put(lane, e.sequence());
                waitingAt.forWhom.put(lane, e.waitingFor());
                items.add(new ScriptItem.Message(lane, DATABASE, ScriptItem.Arrow.REQUEST, number + StepWords.sqlWithBinds(e)));
                items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, laneAndDb, List.of(lane + " is " + StepWords.waiting(e)), ScriptItem.Tone.WAIT));
                break;
            case SKIPPED:
                items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(lane),
                        List.of(number + StepWords.result(e) + " — " + StepWords.sqlWithBinds(e)), ScriptItem.Tone.SKIPPED));
                break;
            case FAILED:
                if (!e.afterWait()) items.add(new ScriptItem.Message(lane, DATABASE, ScriptItem.Arrow.FAILED_REQUEST, number + StepWords.sqlWithBinds(e)));
                items.add(new ScriptItem.Message(DATABASE, lane, ScriptItem.Arrow.FAILED_RESULT, released(e, waitingAt)
                        + "ERROR " + StepWords.error(e) + " — " + StepWords.failureConsequence(e)));
                if (e.error() != null && e.error().kind() == org.interleave.engine.ErrorKind.DEADLOCK) {
                    List<String> cycle = waitingAt.since.keySet().stream().filter(l -> !l.equals(lane)).sorted().toList();
                    List<String> over = new java.util.ArrayList<>(cycle);
                    over.add(lane);
                    items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, over.size() > 1 ? List.of(over.get(0), lane) : List.of(lane),
                            List.of(StepWords.deadlockCycle(lane, cycle, waitsWhenFailed(waitingAt, lane))), ScriptItem.Tone.ROLLBACK));
                }
                break;
            default:
                if (!e.afterWait()) items.add(new ScriptItem.Message(lane, DATABASE, ScriptItem.Arrow.REQUEST, number + StepWords.sqlWithBinds(e)));
                String answer = e.rows() != null && e.rows().rows().size() > 1 ? rowsText(e) : StepWords.result(e);
                if (!e.writtenText().isEmpty()) answer += ": " + StepWords.oneLine(e.writtenText());
                if (e.detail() != null && !e.detail().isBlank()) answer += " — " + StepWords.oneLine(e.detail());
                items.add(new ScriptItem.Message(DATABASE, lane, e.afterWait() ? ScriptItem.Arrow.RELEASED : ScriptItem.Arrow.RESULT,
                        released(e, waitingAt) + answer));
                lockMark.ifPresent(lock -> items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(lane),
                        List.of(lock), ScriptItem.Tone.WAIT)));
        }
        LaneState was = before.getOrDefault(lane, LaneState.NOT_STARTED);
        LaneState now = e.laneState();
        boolean failure = now == LaneState.ABORTED || now == LaneState.CRASHED;
        if (!now.open() && now != was && e.status() != StepStatus.SKIPPED && (transactional || failure)) {
            ScriptItem.Tone tone = now == LaneState.COMMITTED ? ScriptItem.Tone.COMMIT : ScriptItem.Tone.ROLLBACK;
            items.add(new ScriptItem.Note(ScriptItem.Placement.OVER, List.of(lane), List.of(lane + " " + now.words()), tone));
        }
        if (!now.open() && now != was) {
            waitingAt.endedBy.put(lane, lane + (StepWords.isCommit(e) ? "'s COMMIT (step " + e.sequence() + ")"
                    : StepWords.isRollback(e) ? "'s ROLLBACK (step " + e.sequence() + ")" : "'s end (" + now.words() + ", step " + e.sequence() + ")"));
        }
        before.put(lane, now);
    }

    /** Whom each lane still waiting waited for, and the victim too if it had been waiting: the deadlock's edges. */
    private static Map<String, List<String>> waitsWhenFailed(Waits waitingAt, String victim) {
        Map<String, List<String>> waits = new java.util.LinkedHashMap<>();
        waitingAt.forWhom.forEach((lane, holders) -> {
            if (waitingAt.since.containsKey(lane) || lane.equals(victim)) waits.put(lane, holders);
        });
        return waits;
    }

    private static String released(RunEvent e, Waits waitingAt) {
        if (!e.afterWait()) return "";
        Integer since = waitingAt.since.remove(e.lane());
        List<String> holders = waitingAt.forWhom.getOrDefault(e.lane(), List.of());
        String cause = holders.stream().map(waitingAt.endedBy::get).filter(java.util.Objects::nonNull).findFirst()
                .map(c -> ", released by " + c).orElse("");
        return e.sequence() + ". " + (since == null ? "lock granted after waiting" : StepWords.released(since)) + cause + ": ";
    }

    /** Rows as {@code 3 rows: (1, a), (2, b)}, at most five. */
    private static String rowsText(RunEvent e) {
        StringBuilder b = new StringBuilder(e.rows().rows().size() + " rows (" + String.join(", ", e.rows().columns()) + "):");
        int shown = 0;
        for (List<String> row : e.rows().rows()) {
            if (shown++ == 5) {
                b.append(" …");
                break;
            }
            b.append(" (").append(String.join(", ", row)).append(")");
        }
        return b.toString();
    }

    private static ScriptItem.Note verdictNote(DiagramInput in, List<String> span) {
        Verdict v = in.verdict();
        List<String> lines = new ArrayList<>();
        if (v == null) {
            lines.add("No verdict yet: the run is not finished (" + StepWords.eventCount(in.events().size()) + " so far)");
            return new ScriptItem.Note(ScriptItem.Placement.OVER, span, lines, ScriptItem.Tone.PENDING);
        }
        lines.add(v.line());
        for (CheckResult c : v.checks()) {
            lines.add((c.holds() ? "✓ " : "✗ ") + c.name() + ": expected " + c.expected() + ", actual " + c.actual()
                    + (c.holds() ? " (holds)" : " (fails)"));
        }
        if (v.expected() != null && v.expected() != v.outcome()) lines.add("The scenario states " + v.expected().headline() + " for this engine.");
        if (v.caveat() != null && !v.caveat().isBlank()) lines.add("Caveat: " + StepWords.oneLine(v.caveat()));
        ScriptItem.Tone tone = v.outcome() == Outcome.ANOMALY ? ScriptItem.Tone.ANOMALY
                : v.outcome() == Outcome.ABORTED ? ScriptItem.Tone.ABORTED : ScriptItem.Tone.SAFE;
        return new ScriptItem.Note(ScriptItem.Placement.OVER, span, lines, tone);
    }

    /** Lanes with the Database in the middle: the first half (rounded up) left of it. */
    public static List<String> participantOrder(List<String> laneIds) {
        int half = (laneIds.size() + 1) / 2;
        List<String> order = new ArrayList<>(laneIds.subList(0, half));
        order.add(DATABASE);
        order.addAll(laneIds.subList(half, laneIds.size()));
        return order;
    }
}
