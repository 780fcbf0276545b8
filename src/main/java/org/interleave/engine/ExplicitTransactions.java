// Opens a lane's transaction as a BEGIN step asks (its isolation level, then the engine's READ ONLY or DEFERRABLE) and ends it.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import org.interleave.scenario.Isolation;
import org.interleave.scenario.TransactionStart;

interface ExplicitTransactions {
    /** Plain JDBC, the level set while still in autocommit: for tests that make lane workers of their own. */
    ExplicitTransactions JDBC = new ExplicitTransactions() {
        @Override
        public void begin(Connection c, TransactionStart start) throws SQLException {
            if (start.isolation() != null) c.setTransactionIsolation(start.isolation().jdbcLevel());
            c.setAutoCommit(false);
        }

        @Override
        public void end(Connection c, Isolation laneLevel) throws SQLException {
            c.setAutoCommit(true);
            c.setTransactionIsolation(laneLevel.jdbcLevel());
        }
    };

    void begin(Connection c, TransactionStart start) throws SQLException;

    /** After the transaction's COMMIT or ROLLBACK: autocommit again, read-write, at the lane's own level. */
    void end(Connection c, Isolation laneLevel) throws SQLException;

    /** The run's way: levels as the run database sets them (an engine may set them its own way), extras by the engine. */
    static ExplicitTransactions of(DatabaseEngine engine, RunDatabase database) {
        return new ExplicitTransactions() {
            @Override
            public void begin(Connection c, TransactionStart start) throws SQLException {
                // the level is set in autocommit, before the transaction starts: it then holds for that transaction
                if (start.isolation() != null) database.isolate(c, start.isolation());
                c.setAutoCommit(false);
                engine.begun(c, start); // READ ONLY, DEFERRABLE: drivers differ (MariaDB's setReadOnly sets nothing), so each engine says them
            }

            @Override
            public void end(Connection c, Isolation laneLevel) throws SQLException {
                c.setAutoCommit(true);
                database.isolate(c, laneLevel);
            }
        };
    }
}
