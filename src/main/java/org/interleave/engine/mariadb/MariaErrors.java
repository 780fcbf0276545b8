// MariaDB's error numbers in the words of Interleave's error kinds, and its messages in one line.
package org.interleave.engine.mariadb;

import java.sql.SQLException;
import org.interleave.engine.ErrorKind;

final class MariaErrors {
    private MariaErrors() {}

    /** By MariaDB's own error number first: its SQLSTATEs are coarse (HY000 for a lock wait timeout). */
    static ErrorKind classify(SQLException e) {
        switch (e.getErrorCode()) {
            case 1213:
                return ErrorKind.DEADLOCK;
            case 1020:
                return ErrorKind.SERIALIZATION; // "Record has changed since last read": innodb_snapshot_isolation=ON
            case 1205:
                return ErrorKind.LOCK_TIMEOUT;
            case 1062:
            case 1586:
                return ErrorKind.UNIQUE_VIOLATION;
            case 4025:
            case 3819:
                return ErrorKind.CHECK_VIOLATION;
            case 1451:
            case 1452:
            case 1216:
            case 1217:
                return ErrorKind.FOREIGN_KEY_VIOLATION;
            case 1048:
            case 1364:
                return ErrorKind.NOT_NULL_VIOLATION;
            case 1317:
            case 1969:
            case 3024:
                return ErrorKind.CANCELLED;
            case 2006:
            case 2013:
            case 1927:
                return ErrorKind.CONNECTION_LOST;
            default:
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                if (state.startsWith("08")) return ErrorKind.CONNECTION_LOST;
                return state.startsWith("42") ? ErrorKind.SYNTAX : ErrorKind.OTHER;
        }
    }

    /** "Deadlock found when trying to get lock; ...", without the driver's "(conn=12)" prefix. */
    static String shortMessage(SQLException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return first.replaceFirst("^\\(conn=\\d+\\)\\s*", "");
    }
}
