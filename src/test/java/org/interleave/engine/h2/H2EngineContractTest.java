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

    /** Each run's in-memory database ends with its run: H2 keeps no server whose sessions could be left. */
    @Override
    protected int scenarioSessionsLeft() {
        return H2RunDatabase.openDatabases();
    }

    /** H2 gives a DELETE's rows only through a delta table, which would change how the statement runs. */
    @Override
    protected boolean returnsDeletedRows() {
        return false;
    }
}
