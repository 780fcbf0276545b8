// PostgreSQL's SQLSTATEs in the words of Interleave's error kinds, and its messages in one line.
package org.interleave.engine.postgresql;

import java.sql.SQLException;
import org.interleave.engine.ErrorKind;

final class PostgresErrors {
    private PostgresErrors() {}

    static ErrorKind classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "40P01":
                return ErrorKind.DEADLOCK;
            case "40001":
                return ErrorKind.SERIALIZATION;
            case "23505":
                return ErrorKind.UNIQUE_VIOLATION;
            case "23514":
                return ErrorKind.CHECK_VIOLATION;
            case "23502":
                return ErrorKind.NOT_NULL_VIOLATION;
            case "23503":
                return ErrorKind.FOREIGN_KEY_VIOLATION;
            case "25P02":
                return ErrorKind.TRANSACTION_ABORTED;
            case "55P03":
                return ErrorKind.LOCK_NOT_AVAILABLE;
            case "57014":
                return ErrorKind.CANCELLED;
            case "57P01":
            case "57P02":
            case "57P03":
                return ErrorKind.CONNECTION_LOST;
            default:
                if (state.startsWith("08")) return ErrorKind.CONNECTION_LOST;
                return state.startsWith("42") ? ErrorKind.SYNTAX : ErrorKind.OTHER;
        }
    }

    /** "deadlock detected", without the "ERROR:" prefix and the detail lines (which name process ids). */
    static String shortMessage(SQLException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return first.startsWith("ERROR:") ? first.substring("ERROR:".length()).strip() : first;
    }
}
