// Runs scenarios on embedded, in-memory H2 2.5: one private database per run, lanes as a non-admin user.
package org.interleave.engine;

import java.sql.SQLException;
import java.util.Locale;
import org.h2.engine.Constants;

public final class H2Engine implements DatabaseEngine {
    /** How long a lane may wait for a lock before H2 gives up: long, so a teacher can talk. */
    public static final int LOCK_TIMEOUT_MILLIS = 10 * 60 * 1000;

    @Override
    public String id() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2 " + Constants.VERSION + " (embedded, in memory)";
    }

    @Override
    public RunDatabase create() throws SQLException {
        return H2RunDatabase.create(LOCK_TIMEOUT_MILLIS);
    }

    @Override
    public ErrorKind classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "40001": {
                Throwable cause = e.getCause();
                String causeText = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
                String text = (e.getMessage() == null ? "" : e.getMessage()) + " " + causeText;
                return text.toLowerCase(Locale.ROOT).contains("deadlock victim") ? ErrorKind.DEADLOCK : ErrorKind.SERIALIZATION;
            }
            case "23505":
                return ErrorKind.UNIQUE_VIOLATION;
            case "23513":
            case "23514":
                return ErrorKind.CHECK_VIOLATION;
            case "23502":
                return ErrorKind.NOT_NULL_VIOLATION;
            case "23503":
            case "23506":
                return ErrorKind.FOREIGN_KEY_VIOLATION;
            case "HYT00":
                return ErrorKind.LOCK_TIMEOUT;
            case "57014":
                return ErrorKind.CANCELLED;
            case "90067":
            case "90098":
            case "08003":
                return ErrorKind.CONNECTION_LOST;
            default:
                return state.startsWith("42") ? ErrorKind.SYNTAX : ErrorKind.OTHER;
        }
    }
}
