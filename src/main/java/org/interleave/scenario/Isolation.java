// The transaction isolation levels a lane can ask for, weakest first, with their JDBC constants; each engine says which it has.
package org.interleave.scenario;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum Isolation {
    READ_UNCOMMITTED("READ UNCOMMITTED", Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED("READ COMMITTED", Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ("REPEATABLE READ", Connection.TRANSACTION_REPEATABLE_READ),
    /** Not in the SQL standard and not on every engine: JDBC has no constant for it, and the engine that has it uses 6. */
    SNAPSHOT("SNAPSHOT", 6),
    SERIALIZABLE("SERIALIZABLE", Connection.TRANSACTION_SERIALIZABLE);

    private final String sqlName;
    private final int jdbcLevel;

    Isolation(String sqlName, int jdbcLevel) {
        this.sqlName = sqlName;
        this.jdbcLevel = jdbcLevel;
    }

    public String sqlName() {
        return sqlName;
    }

    public int jdbcLevel() {
        return jdbcLevel;
    }

    /** Accepts "READ COMMITTED", "read_committed", "read-committed" and the like. */
    public static Optional<Isolation> parse(String text) {
        if (text == null) return Optional.empty();
        String norm = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(i -> i.sqlName.equals(norm)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Isolation::sqlName).collect(Collectors.joining(", "));
    }
}
