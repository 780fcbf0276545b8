// What the window shows about the chosen scenario: the choice of protection and isolation, and the latest snapshot.
package org.interleave.ui.session;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interleave.engine.EngineInfo;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.PlanBuilder;
import org.interleave.scenario.RunPlan;
import org.interleave.scenario.Scenario;

/** Lives on the FX thread only; the controller changes it, views read it. */
public final class SessionViewModel {
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyStringWrapper protectionId = new ReadOnlyStringWrapper(this, "protectionId", RunPlan.UNPROTECTED);
    /** The named schedule chosen, or null for the scenario's default one. */
    private final ReadOnlyStringWrapper scheduleName = new ReadOnlyStringWrapper(this, "scheduleName");
    private final Map<String, Isolation> isolationChoices = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper planVersion = new ReadOnlyIntegerWrapper(this, "planVersion");
    private final ReadOnlyObjectWrapper<SessionSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyIntegerWrapper replaying = new ReadOnlyIntegerWrapper(this, "replaying");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<EngineInfo> engine = new ReadOnlyObjectWrapper<>(this, "engine");

    public SessionViewModel() {
        busy.bind(replaying.greaterThan(0));
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyStringProperty protectionIdProperty() {
        return protectionId.getReadOnlyProperty();
    }

    /** The named schedule chosen (`schedules:` of the file), or null for the default one. */
    public ReadOnlyStringProperty scheduleNameProperty() {
        return scheduleName.getReadOnlyProperty();
    }

    /** Changes whenever the protection, the schedule or an isolation level is chosen. */
    public ReadOnlyIntegerProperty planVersionProperty() {
        return planVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public SessionSnapshot snapshot() {
        return snapshot.get();
    }

    /** True while the run is being replayed on a fresh database (reset, step back, a new protection). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The engine runs go to (set when it was switched; null until then means the default engine). */
    public ReadOnlyObjectProperty<EngineInfo> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    void chooseEngine(EngineInfo chosen) {
        engine.set(chosen);
    }

    /** The latest thing that went wrong, in a sentence, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** FX thread only: statements typed into the lanes' consoles, in the order typed. */
    private final java.util.List<ConsoleStep> consoleSteps = new java.util.ArrayList<>();

    /** The plan the user chose: the scenario with its protection and the isolation levels picked per lane. */
    public RunPlan plan() {
        Scenario s = scenario.get();
        if (s == null) return null;
        RunPlan plan = PlanBuilder.plan(s, protectionId.get(), scheduleName.get());
        for (Map.Entry<String, Isolation> e : isolationChoices.entrySet()) {
            if (plan.lane(e.getKey()).isPresent()) plan = plan.withIsolation(e.getKey(), e.getValue());
        }
        for (ConsoleStep c : consoleSteps) if (plan.lane(c.lane()).isPresent()) plan = plan.withStepAt(c.lane(), c.index(), c.step());
        return plan;
    }

    /** The isolation levels the user picked per lane on top of the protection's (empty when none was picked). */
    public Map<String, Isolation> isolationChoices() {
        return Map.copyOf(isolationChoices);
    }

    /** A statement typed into a lane's console: put into the lane's steps at {@code index}, in the order typed. */
    public record ConsoleStep(String lane, int index, org.interleave.scenario.Step step) {}

    /** The statements typed into the consoles so far, for this scenario and protection. */
    public java.util.List<ConsoleStep> consoleSteps() {
        return java.util.List.copyOf(consoleSteps);
    }

    void addConsoleStep(ConsoleStep c) {
        consoleSteps.add(c);
        planVersion.set(planVersion.get() + 1);
    }

    void chooseScenario(Scenario s) {
        consoleSteps.clear();
        isolationChoices.clear();
        protectionId.set(RunPlan.UNPROTECTED);
        scheduleName.set(null);
        snapshot.set(null);
        problem.set("");
        scenario.set(s);
        planVersion.set(planVersion.get() + 1);
    }

    /** A new protection brings its own isolation levels; earlier picks are forgotten. */
    void chooseProtection(String id) {
        consoleSteps.clear(); // typed into another protection's steps
        isolationChoices.clear();
        protectionId.set(id == null ? RunPlan.UNPROTECTED : id);
        planVersion.set(planVersion.get() + 1);
    }

    /** A protection together with isolation picks, as one change (loading an explored order). */
    void choosePlan(String id, Map<String, Isolation> isolation) {
        consoleSteps.clear();
        isolationChoices.clear();
        isolationChoices.putAll(isolation);
        protectionId.set(id == null ? RunPlan.UNPROTECTED : id);
        planVersion.set(planVersion.get() + 1);
    }

    /** A named schedule (null: the default); the protection and isolation picks stay. */
    void chooseSchedule(String name) {
        scheduleName.set(name);
        planVersion.set(planVersion.get() + 1);
    }

    /** Levels a lane was moved to when the engine changed (it lacked the one picked): kept, no new plan. */
    void keepIsolation(Map<String, Isolation> moved) {
        isolationChoices.putAll(moved);
    }

    void chooseIsolation(String laneId, Isolation level) {
        isolationChoices.put(laneId, level);
        planVersion.set(planVersion.get() + 1);
    }

    /** Shows a snapshot of the chosen scenario's run; one still on its way from a scenario chosen before is dropped. */
    void show(SessionSnapshot s) {
        if (scenario.get() == null || s.plan().scenario() != scenario.get()) return;
        snapshot.set(s);
    }

    void replayStarted() {
        replaying.set(replaying.get() + 1);
    }

    void replayEnded() {
        replaying.set(Math.max(0, replaying.get() - 1));
    }

    void setPlaying(boolean on) {
        playing.set(on);
    }

    /** What the window is busy with, when it takes a while (PostgreSQL starting), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void announce(String sentence) {
        notice.set(sentence == null ? "" : sentence);
    }

    void report(String sentence) {
        problem.set(sentence == null ? "" : sentence);
    }
}
