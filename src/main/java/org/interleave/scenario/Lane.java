// One transaction of a scenario: its label, isolation level, transaction mode, what it does after an error, and ordered steps.
package org.interleave.scenario;

import java.util.List;
import java.util.Optional;

public record Lane(String id, String label, Isolation isolation, boolean transactional, List<Step> steps, Pos pos, OnError onError) {
    public Lane(String id, String label, Isolation isolation, boolean transactional, List<Step> steps, Pos pos) {
        this(id, label, isolation, transactional, steps, pos, OnError.ROLLBACK);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Lane withIsolation(Isolation level) {
        return new Lane(id, label, level, transactional, steps, pos, onError);
    }

    public Lane withTransactional(boolean inTransaction) {
        return new Lane(id, label, isolation, inTransaction, steps, pos, onError);
    }

    public Lane withSteps(List<Step> newSteps) {
        return new Lane(id, label, isolation, transactional, List.copyOf(newSteps), pos, onError);
    }
}
