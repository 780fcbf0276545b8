// A named variant of a scenario that switches a protection on (ledger, upsert, FOR UPDATE, version column, ...).
package org.interleave.scenario;

import java.util.List;
import java.util.Map;

/**
 * @param setup         statements added after the scenario's own setup (a constraint, a ledger table)
 * @param isolation     lane id to the isolation level it gets under this protection
 * @param transactional lane id to whether it runs inside one transaction
 * @param stepChanges   lane id to the changes of its steps, applied in order
 * @param checks        replaces the scenario's checks when not null
 * @param schedule      replaces the default schedule when not null
 * @param expect        engine to the outcome this protection gives there
 * @param caveat        where the engines behave differently here, in a sentence or two
 */
public record Protection(
        String id,
        String title,
        String explain,
        List<EngineSql> setup,
        Map<String, Isolation> isolation,
        Map<String, Boolean> transactional,
        Map<String, List<StepChange>> stepChanges,
        List<Check> checks,
        List<ScheduleEntry> schedule,
        Map<EngineId, Outcome> expect,
        String caveat,
        Pos pos) {}
