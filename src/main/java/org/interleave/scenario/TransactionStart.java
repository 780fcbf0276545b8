// A step that opens a transaction as written (BEGIN / START TRANSACTION, with an isolation level, READ ONLY, DEFERRABLE).
package org.interleave.scenario;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** @param isolation the level the statement asks for, or null for the lane's own */
public record TransactionStart(Isolation isolation, boolean readOnly, boolean deferrable) {
    private static final String LEVEL = "READ\\s+UNCOMMITTED|READ\\s+COMMITTED|REPEATABLE\\s+READ|SNAPSHOT|SERIALIZABLE";
    private static final String OPTION = "ISOLATION\\s+LEVEL\\s+(?:" + LEVEL + ")|READ\\s+ONLY|READ\\s+WRITE|NOT\\s+DEFERRABLE|DEFERRABLE";
    private static final Pattern START = Pattern.compile("(?i)\\s*(?:BEGIN(?:\\s+(?:TRANSACTION|WORK))?|START\\s+TRANSACTION)"
            + "((?:\\s*,?\\s*(?:" + OPTION + "))*)\\s*;?\\s*");
    private static final Pattern LEVEL_IN = Pattern.compile("(?i)ISOLATION\\s+LEVEL\\s+(" + LEVEL + ")");
    /** SAVEPOINT x, ROLLBACK TO [SAVEPOINT] x, RELEASE [SAVEPOINT] x: steps inside a transaction that do not end it. */
    private static final Pattern SAVEPOINT = Pattern.compile("(?i)\\s*(SAVEPOINT|ROLLBACK(?:\\s+WORK)?\\s+TO(?:\\s+SAVEPOINT)?"
            + "|RELEASE(?:\\s+SAVEPOINT)?)\\s+([A-Za-z_][A-Za-z0-9_]{0,62})\\s*;?\\s*");

    /** A savepoint step: it sets a savepoint, rolls back to one, or releases one, by name. */
    public record Savepoint(Op op, String name) {
        public enum Op { SET, ROLLBACK_TO, RELEASE }

        public static Optional<Savepoint> parse(String sql) {
            Matcher m = SAVEPOINT.matcher(sql);
            if (!m.matches()) return Optional.empty();
            String word = m.group(1).toUpperCase(Locale.ROOT);
            Op op = word.startsWith("SAVEPOINT") ? Op.SET : word.startsWith("ROLLBACK") ? Op.ROLLBACK_TO : Op.RELEASE;
            return Optional.of(new Savepoint(op, m.group(2).toLowerCase(Locale.ROOT)));
        }
    }

    /** The start a text asks for, when it is a BEGIN or START TRANSACTION statement. */
    public static Optional<TransactionStart> parse(String sql) {
        Matcher m = START.matcher(sql);
        if (!m.matches()) return Optional.empty();
        String options = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher level = LEVEL_IN.matcher(options);
        Isolation isolation = level.find() ? Isolation.parse(level.group(1).replaceAll("\\s+", " ")).orElse(null) : null;
        boolean deferrable = options.matches(".*(?<!NOT )DEFERRABLE.*");
        return Optional.of(new TransactionStart(isolation, options.contains("READ ONLY"), deferrable));
    }

    /** True for SAVEPOINT, ROLLBACK TO SAVEPOINT and RELEASE SAVEPOINT. */
    public static boolean isSavepoint(String sql) {
        return SAVEPOINT.matcher(sql).matches();
    }
}
