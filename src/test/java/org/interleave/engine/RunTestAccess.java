// Lets tests of other packages reuse the engine tests' small scenarios.
package org.interleave.engine;

import org.interleave.scenario.RunPlan;

public final class RunTestAccess {
    private RunTestAccess() {}

    /** Two lanes that update two rows in opposite orders: a deadlock at the fourth step. */
    public static RunPlan twoRows() {
        return RunTest.plan(RunTest.TWO_ROWS, null);
    }
}
