// Which table a data-changing step writes and how (insert, update, delete), read from the start of its SQL.
package org.interleave.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** @param table the table's name as written in the statement (unquoted), e.g. "accounts" */
public record WriteStatement(Verb verb, String table) {
    /** What a statement does to the rows it writes. MERGE and an upsert may insert or update; the rows tell which. */
    public enum Verb { INSERT, UPDATE, DELETE, MERGE }

    private static final Pattern START = Pattern.compile(
            "^\\s*(UPDATE|DELETE\\s+FROM|INSERT\\s+INTO|MERGE\\s+INTO|REPLACE\\s+INTO)\\s+(?:\\w+\\.)?\"?([A-Za-z_][A-Za-z0-9_]*)\"?",
            Pattern.CASE_INSENSITIVE);

    /** The statement's verb and table, when it starts plainly with one (no WITH, no comment before it). */
    public static Optional<WriteStatement> of(String sql) {
        if (sql == null) return Optional.empty();
        Matcher m = START.matcher(sql);
        if (!m.find()) return Optional.empty();
        String word = m.group(1).toUpperCase(Locale.ROOT);
        Verb verb = word.startsWith("UPDATE") ? Verb.UPDATE : word.startsWith("DELETE") ? Verb.DELETE
                : word.startsWith("INSERT") ? Verb.INSERT : Verb.MERGE;
        return Optional.of(new WriteStatement(verb, m.group(2)));
    }

    /** True when the statement already returns rows of its own (a RETURNING clause): it is then run as written. */
    public static boolean returnsRows(String sql) {
        return Pattern.compile("\\bRETURNING\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }
}
