// Sends a step of several statements: in one request where the engine takes them so, else one after another.
package org.interleave.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.interleave.scenario.SqlStatements;

/**
 * Measured with each engine's driver in autocommit, for three INSERTs whose third repeats the first one's key:
 * PostgreSQL (pgjdbc sends them in one request) runs them as one implicit transaction, so the error undoes all three
 * and every statement's result can be read in turn; H2 takes several statements in one JDBC statement but answers
 * only the first one's result and commits each on its own (two rows stay); MariaDB refuses them as a syntax error
 * unless the connection allows multiple queries. So PostgreSQL gets the block as written, as its isolation tester
 * sends a step, and the others get its statements one after another on the lane's session: either way the first
 * error ends the step. The step shows the last result set (else the rows changed, summed).
 */
final class BlockSender {
    /** Prepares one request of the step, with its bound values and bounds, as the lane's running statement. */
    @FunctionalInterface
    interface Preparer {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private BlockSender() {}

    static StepExecution send(String block, boolean atOnce, Preparer preparer) throws SQLException {
        List<String> requests = atOnce ? List.of(block) : SqlStatements.texts(block);
        ResultTable lastRows = null;
        int changed = 0;
        for (String request : requests) {
            try (PreparedStatement ps = preparer.prepare(request)) {
                boolean hasRows = ps.execute();
                while (true) {
                    if (hasRows) {
                        try (ResultSet rs = ps.getResultSet()) {
                            lastRows = ResultTable.read(rs);
                        }
                    } else {
                        int count = ps.getUpdateCount();
                        if (count == -1) break;
                        changed += count;
                    }
                    hasRows = ps.getMoreResults();
                }
            }
        }
        return lastRows != null ? StepExecution.rows(lastRows) : StepExecution.updated(changed);
    }
}
