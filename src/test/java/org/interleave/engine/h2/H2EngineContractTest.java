// The engine contract, on embedded H2.
package org.interleave.engine.h2;

import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineContractTest;

class H2EngineContractTest extends EngineContractTest {
    @Override
    protected DatabaseEngine engine() {
        return TestEngines.h2();
    }

    /** The engine keeps its databases and sessions for the next run: none may still run a statement or hold a transaction. */
    @Override
    protected int scenarioSessionsLeft() throws Exception {
        return ((H2Engine) engine()).busyScenarioSessions();
    }

    /** H2 gives a DELETE's rows only through a delta table, which would change how the statement runs. */
    @Override
    protected boolean returnsDeletedRows() {
        return false;
    }
}
