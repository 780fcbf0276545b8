// What a lane worker learned from running one statement: rows or an update count, or the SQL error.
package org.interleave.engine;

import java.sql.SQLException;

/**
 * @param stopped the problem is a resource the statement exhausted (memory), not a mistake in the file
 * @param written the rows a data-changing statement returned about its writes, when it was sent to return them
 * @param rolledBackInstead a COMMIT of a failed transaction, which the database answered with ROLLBACK
 */
record StepExecution(ResultTable rows, Integer updateCount, SQLException error, boolean guardFalse, String problem, boolean stopped,
        ResultTable written, boolean rolledBackInstead) {
    StepExecution(ResultTable rows, Integer updateCount, SQLException error, boolean guardFalse, String problem) {
        this(rows, updateCount, error, guardFalse, problem, false, null, false);
    }

    static StepExecution wrote(int count, ResultTable written) {
        return new StepExecution(null, count, null, false, null, false, written, false);
    }

    static StepExecution commitAnsweredWithRollback() {
        return new StepExecution(null, 0, null, false, null, false, null, true);
    }

    static StepExecution rows(ResultTable rows) {
        return new StepExecution(rows, null, null, false, null);
    }

    static StepExecution updated(int count) {
        return new StepExecution(null, count, null, false, null);
    }

    static StepExecution failed(SQLException e) {
        return new StepExecution(null, null, e, false, null);
    }

    static StepExecution skippedByGuard() {
        return new StepExecution(null, null, null, true, null);
    }

    static StepExecution stopped(String why) {
        return new StepExecution(null, null, null, false, why, true, null, false);
    }
}
