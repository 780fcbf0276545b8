// The JSON shape of a finished run, as printed by `run --format json`.
package org.interleave.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.CheckResult;
import org.interleave.engine.LaneState;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.interleave.engine.StepSurprise;
import org.interleave.engine.TableSnapshot;
import org.interleave.engine.Verdict;
import org.interleave.scenario.Lane;

final class RunJson {
    private RunJson() {}

    static Map<String, Object> of(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.plan().scenario().id());
        m.put("title", r.plan().scenario().title());
        m.put("protection", r.plan().protectionId());
        m.put("engine", r.engine().id().key());
        m.put("engineVersion", r.engine().version());
        m.put("engineName", r.engine().displayName());
        List<Map<String, Object>> lanesIn = new ArrayList<>();
        for (Lane lane : r.plan().lanes()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", lane.id());
            lm.put("label", lane.label());
            lm.put("isolation", lane.isolation().sqlName());
            lm.put("mode", lane.transactional() ? "transaction" : "autocommit");
            lanesIn.add(lm);
        }
        m.put("laneSettings", lanesIn);
        if (r.plan().scheduleName() != null) m.put("scheduleName", r.plan().scheduleName());
        m.put("schedule", r.schedule());
        m.put("played", r.played());
        m.put("skippedEntries", r.skipped());
        List<Map<String, Object>> events = new ArrayList<>();
        for (RunEvent e : r.events()) events.add(expected(event(e), e, r));
        m.put("events", events);
        List<Map<String, Object>> surprises = new ArrayList<>();
        for (StepSurprise s : r.surprises()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("lane", s.lane());
            sm.put("step", s.stepId());
            if (s.sequence() > 0) sm.put("event", s.sequence());
            sm.put("expected", s.expected());
            sm.put("actual", s.actual());
            sm.put("words", s.sentence());
            surprises.add(sm);
        }
        m.put("surprises", surprises);
        if (!r.inside().isEmpty()) {
            List<Map<String, Object>> inside = new ArrayList<>();
            for (RunRecord.InsideAt at : r.inside()) inside.add(inside(at));
            m.put("inside", inside);
        }
        Map<String, String> lanes = new LinkedHashMap<>();
        for (Map.Entry<String, LaneState> e : r.lanes().entrySet()) lanes.put(e.getKey(), e.getValue().id());
        m.put("lanes", lanes);
        Verdict v = r.verdict();
        List<Map<String, Object>> checks = new ArrayList<>();
        if (v != null) {
            for (CheckResult c : v.checks()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("explain", c.explain());
                cm.put("expected", c.expected());
                cm.put("actual", c.actual());
                cm.put("holds", c.holds());
                checks.add(cm);
            }
        }
        m.put("checks", checks);
        m.put("tables", tables(r.tables()));
        m.put("anomaly", v != null && v.anomaly());
        m.put("outcome", v == null ? "unfinished" : v.outcome().word());
        m.put("expectedOutcome", v == null || v.expected() == null ? null : v.expected().word());
        m.put("verdict", v == null ? "the run did not finish: " + r.skipped() : v.summary());
        m.put("caveat", r.plan().caveat());
        return m;
    }

    /** The final committed contents of every table the scenario created, as another session reads them after the run. */
    private static Map<String, Object> tables(List<TableSnapshot> tables) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TableSnapshot t : tables) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("columns", t.contents().columns());
            tm.put("rows", t.contents().rows());
            if (t.contents().truncated()) tm.put("truncated", true);
            m.put(t.table(), tm);
        }
        return m;
    }

    /** Adds what the file expected of the step to its final answer, and how the answer differs. */
    private static Map<String, Object> expected(Map<String, Object> m, RunEvent e, RunRecord r) {
        if (e.status() == org.interleave.engine.StepStatus.WAITING && r.surprises().stream().noneMatch(s -> s.sequence() == e.sequence())) return m;
        r.plan().lane(e.lane()).filter(l -> e.stepIndex() < l.steps().size())
                .flatMap(l -> l.steps().get(e.stepIndex()).expectationOn(r.engine().id()))
                .ifPresent(x -> m.put("expected", x.words()));
        r.surprises().stream().filter(s -> s.sequence() == e.sequence()).findFirst().ifPresent(s -> m.put("surprise", s.sentence()));
        return m;
    }

    /** What the database held after a step: the keys `run --inside` documents. */
    private static Map<String, Object> inside(RunRecord.InsideAt at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("afterEvent", at.afterEvent());
        if (at.deadlockStood()) m.put("deadlockStood", true);
        List<Map<String, Object>> transactions = new ArrayList<>();
        for (var t : at.inside().lanes()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("lane", t.lane());
            tm.put("transactionId", t.transactionId().isEmpty() ? null : t.transactionId());
            tm.put("state", t.state());
            if (!t.snapshot().isEmpty()) tm.put("snapshot", t.snapshot());
            transactions.add(tm);
        }
        m.put("transactions", transactions);
        List<Map<String, Object>> locks = new ArrayList<>();
        for (var l : at.inside().locks()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("lane", l.lane());
            lm.put("granted", l.granted());
            lm.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            lm.put("target", l.target());
            lm.put("mode", l.mode());
            lm.put("words", l.words());
            locks.add(lm);
        }
        m.put("locks", locks);
        List<Map<String, Object>> waits = new ArrayList<>();
        for (var w : at.inside().waitsFor()) waits.add(Map.of("lane", w.lane(), "holder", w.holder()));
        m.put("waitsFor", waits);
        if (!at.inside().deadlockCycle().isEmpty()) m.put("deadlockCycle", at.inside().deadlockCycle());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (var v : at.inside().versions()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("table", v.table());
            vm.put("at", v.at());
            vm.put("values", v.values());
            vm.put("createdBy", v.createdBy());
            vm.put("createdStatus", v.createdStatus());
            if (!v.endedBy().isEmpty()) {
                vm.put(v.lockOnly() ? "lockedBy" : "endedBy", v.endedBy());
                vm.put(v.lockOnly() ? "lockerStatus" : "endedStatus", v.endedStatus());
            }
            vm.put("seenBy", v.seenBy());
            vm.put("words", v.words());
            versions.add(vm);
        }
        m.put("versions", versions);
        m.put("raw", at.inside().raw());
        if (!at.inside().caveat().isEmpty()) m.put("caveat", at.inside().caveat());
        return m;
    }

    private static Map<String, Object> event(RunEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lane", e.lane());
        m.put("step", e.stepId());
        m.put("sql", e.sql());
        if (!e.binds().isEmpty()) m.put("binds", e.binds());
        m.put("status", e.status().id());
        if (e.afterWait()) m.put("afterWait", true);
        if (e.rows() != null) {
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("columns", e.rows().columns());
            rows.put("rows", e.rows().rows());
            m.put("rows", rows);
        }
        if (e.updateCount() != null && e.rows() == null) m.put("updateCount", e.updateCount());
        if (e.written() != null && !e.written().isEmpty()) {
            List<Map<String, Object>> written = new ArrayList<>();
            for (var c : e.written()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                w.put("key", c.key());
                if (c.before() != null) w.put("before", c.before());
                if (c.after() != null) w.put("after", c.after());
                w.put("words", c.words());
                written.add(w);
            }
            m.put("written", written);
        }
        if (!e.captured().isEmpty()) m.put("captured", e.captured());
        if (e.waitingFor() != null) m.put("waitingFor", e.waitingFor());
        if (e.error() != null) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("sqlState", e.error().sqlState());
            err.put("vendorCode", e.error().vendorCode());
            err.put("kind", e.error().kind().id());
            err.put("message", e.error().shortMessage());
            m.put("error", err);
        }
        if (e.detail() != null) m.put("detail", e.detail());
        m.put("laneState", e.laneState().id());
        return m;
    }
}
