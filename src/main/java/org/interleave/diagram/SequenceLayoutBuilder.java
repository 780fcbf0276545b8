// Turns a run (DiagramInput) into the one DiagramLayout that the window, PNG and SVG all paint.
package org.interleave.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.EngineInfo;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.StepStatus;
import org.interleave.scenario.EngineSql;
import org.interleave.scenario.Lane;
import org.interleave.scenario.RunPlan;

/**
 * Lays out, top to bottom: title and subtitle; a header box per lane and for the Database (see {@link SequenceColumns}
 * for which side each lane takes); the setup; one row per event; the verdict. The layout is in zoom-1 pixels; views
 * zoom it as a transform. {@code fontScale} (the window's Ctrl +/-) makes text and spacing bigger together.
 */
public final class SequenceLayoutBuilder {
    private final TextMeasurer tm;
    private final LayoutMetrics m;
    private boolean lockTrack;

    public SequenceLayoutBuilder(TextMeasurer measurer) {
        this(measurer, 1.0);
    }

    public SequenceLayoutBuilder(TextMeasurer measurer, double fontScale) {
        this(measurer, fontScale, false);
    }

    /** @param compact tighter vertical spacing, for presenter mode: more steps in the same height */
    public SequenceLayoutBuilder(TextMeasurer measurer, double fontScale, boolean compact) {
        this.tm = measurer;
        this.m = new LayoutMetrics(fontScale, compact);
    }

    /** Draws the lock track too: beside each lane, a bar from the step that took a row lock to its transaction's end. */
    public SequenceLayoutBuilder withLockTrack(boolean on) {
        lockTrack = on;
        return this;
    }

    public DiagramLayout layout(DiagramInput in) {
        RunPlan plan = in.plan();
        List<String> laneIds = plan.laneIds();
        SequenceColumns columns = new SequenceColumns(laneIds, m);
        Map<String, Double> planned = plannedWidths(in, columns);
        List<StepContent> contents = contents(in.events(), planned);
        for (StepContent c : contents) c.kept(StepWords.kept(c.event, plan), planned.getOrDefault(c.event.lane(), m.sqlWrap()), m, tm);
        for (org.interleave.engine.StepSurprise s : org.interleave.engine.ExpectedSteps.surprises(plan, in.engine().id(), in.events(),
                in.verdict() != null)) {
            for (StepContent c : contents) {
                if (c.event.sequence() == s.sequence()) c.surprise(s.sentence(), planned.getOrDefault(c.event.lane(), m.sqlWrap()), m, tm);
            }
        }
        Map<String, List<TextBlock>> headers = headers(in);
        Map<String, Double> headerWidth = new HashMap<>();
        double headerHeight = 0;
        for (Map.Entry<String, List<TextBlock>> h : headers.entrySet()) {
            headerWidth.put(h.getKey(), Math.max(TextBlock.width(h.getValue()) + 2 * m.pad(), 130 * m.s));
            headerHeight = Math.max(headerHeight, TextBlock.height(h.getValue()) + 1.6 * m.pad());
        }
        Map<String, Double> need = new HashMap<>();
        for (String lane : laneIds) need.put(lane, 0.0);
        double leftNotes = 0;
        double rightNotes = 0;
        for (StepContent c : contents) {
            String lane = c.event.lane();
            double w = c.width(m) + 2 * m.pad() + m.barWidth() / 2 + m.badgeSize() / 2 + 6 * m.s;
            need.merge(lane, w, Math::max);
            if (c.note != null) {
                double nw = c.note.width() + 2 * m.pad();
                if (columns.isLeft(lane)) leftNotes = Math.max(leftNotes, nw);
                else rightNotes = Math.max(rightNotes, nw);
            }
        }
        // every step of the plan, run yet or not, has its room from the start: the lifelines stay put for the whole run
        for (Lane lane : plan.lanes()) {
            for (org.interleave.scenario.Step step : lane.steps()) {
                List<String> notes = new ArrayList<>(step.notesWhen().values());
                if (step.note() != null) notes.add(step.note());
                for (String note : notes) {
                    if (note.isBlank()) continue;
                    double nw = TextBlock.wrap(StepWords.oneLine(note), m.note, Role.NOTE, m.noteWrap(), tm).width() + 2 * m.pad();
                    if (columns.isLeft(lane.id())) leftNotes = Math.max(leftNotes, nw);
                    else rightNotes = Math.max(rightNotes, nw);
                }
            }
            need.merge(lane.id(), planned.get(lane.id()) + 2 * m.pad() + m.barWidth() / 2 + m.badgeSize() / 2 + 6 * m.s, Math::max);
        }
        columns.place(need, headerWidth, leftNotes, rightNotes);

        List<Shape> shapes = new ArrayList<>();
        TextBlock title = TextBlock.wrap(StepWords.title(plan), m.title, Role.TITLE, Math.max(columns.width(), 900 * m.s), tm);
        List<TextBlock> subtitle = List.of(
                TextBlock.line("Scenario " + plan.scenario().id() + "  ·  Protection: " + plan.protectionTitle()
                        + (plan.protection() == null ? "" : " [" + plan.protectionId() + "]"), m.subtitle, Role.SUBTITLE, tm),
                TextBlock.line("Isolation: " + StepWords.isolations(plan) + "  ·  Engine: " + in.engine().displayName(), m.subtitle, Role.SUBTITLE, tm));
        double width = Math.max(columns.width(), Math.max(title.width(), TextBlock.width(subtitle)) + 2 * m.margin());
        width = Math.max(width, m.minVerdictWidth() + 2 * m.margin());
        if (width > columns.width()) columns.shift((width - columns.width()) / 2);

        double y = m.margin();
        title.emit(shapes, m.margin(), y, Shape.Anchor.LEFT);
        y += title.height() + m.gap() / 2;
        y = TextBlock.emitStack(shapes, subtitle, m.margin(), y) + 3 * m.gap();

        double headerTop = y;
        double headerBottom = headerTop + headerHeight;
        List<Shape> headerShapes = new ArrayList<>();
        for (Map.Entry<String, List<TextBlock>> h : headers.entrySet()) {
            double cx = columns.x(h.getKey());
            double w = headerWidth.get(h.getKey());
            boolean db = h.getKey().equals(DiagramLayout.DATABASE);
            headerShapes.add(new Shape.Box(db ? Role.DATABASE_HEADER : Role.LANE_HEADER, cx - w / 2, headerTop, w, headerHeight, true));
            double ty = headerTop + (headerHeight - TextBlock.height(h.getValue())) / 2;
            for (TextBlock b : h.getValue()) {
                b.emit(headerShapes, cx, ty, Shape.Anchor.CENTER);
                ty += b.height();
            }
        }
        y = headerBottom + 2 * m.gap();
        List<Shape> setupShapes = new ArrayList<>();
        if (!plan.setup().isEmpty()) y = setup(plan, in.engine(), columns, y, setupShapes) + 2 * m.gap();

        Map<String, Boolean> transactional = new HashMap<>();
        for (Lane lane : plan.lanes()) transactional.put(lane.id(), lane.transactional());
        StepRows rows = new StepRows(m, tm, columns, transactional, lockTrack);
        double rowsEnd = rows.place(contents, y);
        double lifelineEnd = Math.max(rowsEnd + m.rowGap(), headerBottom + 60 * m.s);
        rows.closeOpenBars(lifelineEnd);

        for (String lane : laneIds) {
            double x = columns.x(lane);
            shapes.add(new Shape.Line(Role.LIFELINE, x, headerBottom, x, lifelineEnd, true, Shape.Head.NONE));
        }
        double dbX = columns.databaseX();
        shapes.add(new Shape.Line(Role.DATABASE_LIFELINE, dbX, headerBottom, dbX, lifelineEnd, false, Shape.Head.NONE));
        shapes.addAll(setupShapes);
        rows.bars.stream().filter(s -> s.role() == Role.ACTIVATION).forEach(shapes::add);
        rows.bars.stream().filter(s -> s.role() != Role.ACTIVATION).forEach(shapes::add);
        shapes.addAll(headerShapes);
        shapes.addAll(rows.marks);

        double verdictTop = lifelineEnd + 2 * m.gap();
        double bottom = VerdictBlock.emit(shapes, in, m, tm, m.margin(), verdictTop, width - 2 * m.margin());
        double newest = in.events().isEmpty() ? y : rows.newestBottom;
        return new DiagramLayout(width, bottom + m.margin(), List.copyOf(shapes), columns.positions(), newest, Map.copyOf(rows.eventTop));
    }

    /**
     * The width each lane's texts need for every step of its plan, run yet or not: its SQL, and answers as wide as the
     * widest error, release, lock or deadlock sentence. What a step wrote wraps within it, so no run moves a lifeline.
     */
    private Map<String, Double> plannedWidths(DiagramInput in, SequenceColumns columns) {
        double reservedAnswer = Math.max(TextBlock.line("ERROR: serialization failure, SQLState 40001", m.resultBold, Role.ERROR, tm).width(),
                TextBlock.line(StepWords.released(10), m.resultBold, Role.RELEASED, tm).width());
        Map<String, Double> widths = new HashMap<>();
        List<String> laneIds = in.plan().laneIds();
        for (Lane lane : in.plan().lanes()) {
            List<String> others = laneIds.stream().filter(id -> !id.equals(lane.id())).toList();
            double w = Math.max(reservedAnswer, TextBlock.wrap(StepWords.deadlockCycle(lane.id(), others), m.resultBold, Role.DEADLOCK,
                    m.sqlWrap(), tm).width());
            w = Math.max(w, TextBlock.wrap(StepWords.lockWords(lane.id(), 2, false), m.result, Role.LOCK_TAKEN, m.sqlWrap(), tm).width());
            for (org.interleave.scenario.Step step : lane.steps()) {
                String sql = step.sql().forEngine(in.engine().id()).orElse(step.sql().anyText());
                w = Math.max(w, TextBlock.wrap(StepWords.oneLine(sql), m.sql, Role.REQUEST, m.sqlWrap(), tm).width());
            }
            widths.put(lane.id(), Math.min(w, m.sqlWrap()));
        }
        return widths;
    }

    /** The measured texts of every event, each completion after a wait knowing which event it waited at. */
    private List<StepContent> contents(List<RunEvent> events, Map<String, Double> planned) {
        Map<String, Integer> waitingAt = new HashMap<>();
        java.util.Set<String> waitingNow = new java.util.LinkedHashSet<>();
        List<StepContent> contents = new ArrayList<>();
        LockMarks locks = new LockMarks();
        Map<String, List<String>> waitsOf = new LinkedHashMap<>();
        for (RunEvent e : events) {
            int since = 0;
            Map<String, List<String>> waitsThen = Map.copyOf(waitsOf);
            if (e.status() == StepStatus.WAITING) {
                waitingAt.put(e.lane(), e.sequence());
                waitingNow.add(e.lane());
                waitsOf.put(e.lane(), e.waitingFor());
            } else if (e.afterWait()) {
                since = waitingAt.getOrDefault(e.lane(), 0);
                waitingNow.remove(e.lane());
                waitsOf.remove(e.lane());
            }
            List<String> others = waitingNow.stream().filter(l -> !l.equals(e.lane())).toList();
            double wrap = planned.getOrDefault(e.lane(), m.sqlWrap());
            boolean failed = e.status() == StepStatus.FAILED;
            contents.add(new StepContent(e, since, failed ? others : List.of(), failed ? waitsThen : Map.of(), locks.next(e).orElse(null), wrap, m, tm));
        }
        return contents;
    }

    /** Header texts by column: lane label, isolation and mode, state; the Database and its engine. */
    private Map<String, List<TextBlock>> headers(DiagramInput in) {
        Map<String, List<TextBlock>> headers = new LinkedHashMap<>();
        for (Lane lane : in.plan().lanes()) {
            LaneState state = in.laneStates().getOrDefault(lane.id(), LaneState.NOT_STARTED);
            headers.put(lane.id(), List.of(
                    TextBlock.wrap(lane.label() == null || lane.label().isBlank() ? lane.id() : lane.label(), m.header, Role.LANE_HEADER, m.headerWrap(), tm),
                    TextBlock.line(lane.isolation().sqlName() + (lane.transactional() ? "" : " · autocommit"), m.headerDetail, Role.LANE_HEADER, tm),
                    TextBlock.line(state.words(), FontSpec.sansBold(m.headerDetail.size()), stateRole(state), tm)));
        }
        headers.put(DiagramLayout.DATABASE, List.of(
                TextBlock.line("Database", m.header, Role.DATABASE_HEADER, tm),
                TextBlock.wrap(in.engine().displayName(), m.headerDetail, Role.DATABASE_HEADER, m.headerWrap(), tm)));
        return headers;
    }

    static Role stateRole(LaneState state) {
        switch (state) {
            case COMMITTED: return Role.COMMIT;
            case ROLLED_BACK: case ABORTED: return Role.ROLLBACK;
            case CRASHED: return Role.CRASH;
            case WAITING: return Role.WAIT;
            default: return Role.LANE_HEADER;
        }
    }

    /** The setup statements in a box spanning every lifeline, under the headers; returns its bottom. */
    private double setup(RunPlan plan, EngineInfo engine, SequenceColumns columns, double top, List<Shape> out) {
        double left = columns.leftmostX() - m.barWidth();
        double right = columns.rightmostX() + m.barWidth();
        double inner = right - left - 2 * m.pad();
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(TextBlock.line("Setup (before the run)", m.resultBold, Role.SETUP, tm));
        for (EngineSql sql : plan.setup()) {
            blocks.add(TextBlock.wrap(StepWords.oneLine(sql.forEngine(engine.id()).orElse(sql.anyText())), m.setup, Role.SETUP, inner, tm));
        }
        double h = TextBlock.height(blocks) + 1.4 * m.pad();
        out.add(new Shape.Box(Role.SETUP, left, top, right - left, h, true));
        TextBlock.emitStack(out, blocks, left + m.pad(), top + 0.7 * m.pad());
        return top + h;
    }
}
