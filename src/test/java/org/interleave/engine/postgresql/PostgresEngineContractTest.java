// The engine contract, on the embedded PostgreSQL server.
package org.interleave.engine.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineContractTest;

class PostgresEngineContractTest extends EngineContractTest {
    @Override
    protected DatabaseEngine engine() {
        return TestEngines.postgres();
    }

    /** Lane sessions that still run a statement or hold a transaction open; kept idle sessions of the pool hold nothing. */
    @Override
    protected int scenarioSessionsLeft() throws Exception {
        PostgresServer server = ((PostgresEngine) engine()).server();
        try (Connection c = server.admin(server.maintenanceDatabase()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'interleave-lane'"
                     + " AND (state <> 'idle' OR backend_xid IS NOT NULL OR backend_xmin IS NOT NULL)")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
