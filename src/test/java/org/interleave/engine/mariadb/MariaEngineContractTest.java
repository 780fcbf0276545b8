// The engine contract, on the MariaDB server of this machine; skipped, saying why, where no server answers.
package org.interleave.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.interleave.TestEngines;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineContractTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

class MariaEngineContractTest extends EngineContractTest {
    @BeforeAll
    static void needsAServer() {
        Assumptions.assumeTrue(TestEngines.mariadb().isPresent(), TestEngines::mariadbProblem);
    }

    @Override
    protected DatabaseEngine engine() {
        return TestEngines.mariadb().orElseThrow();
    }

    /** Lane sessions that still run a statement or hold a transaction; kept idle sessions of the pool hold nothing. */
    /**
     * Lane sessions that still run a statement or hold a transaction; kept idle sessions of the pool hold nothing.
     * innodb_trx is a cache refreshed only after 100 ms without readers, and a killed session leaves a moment after
     * KILL returns: so the question is asked again, slowly, for a while.
     */
    @Override
    protected int scenarioSessionsLeft() throws Exception {
        for (int i = 0; i < 20 && sessionsBusy() > 0; i++) Thread.sleep(150);
        return sessionsBusy();
    }

    private int sessionsBusy() throws Exception {
        MariaEngine engine = (MariaEngine) engine();
        try (Connection c = engine.server().admin(null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER LIKE '" + engine.userPrefix()
                     + "%' AND (COMMAND <> 'Sleep' OR ID IN (SELECT trx_mysql_thread_id FROM information_schema.innodb_trx))")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** MariaDB 10.11's UPDATE has no RETURNING; INSERT and DELETE do, but one engine's rows half shown would mislead. */
    @Override
    protected boolean returnsWrittenRows() {
        return false;
    }
}
