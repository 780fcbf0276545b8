// What a lane worker learned from running one statement: rows or an update count, or the SQL error.
package org.interleave.engine;

import java.sql.SQLException;

record StepExecution(ResultTable rows, Integer updateCount, SQLException error, boolean guardFalse, String problem) {
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
}
