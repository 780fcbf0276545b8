// The few H2 statement forms jOOQ's free parser cannot read, recognised by their shape so that H2's own syntax is accepted.
package org.interleave.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accepted only for H2 texts, and only when jOOQ refused them: {@code MERGE INTO t KEY (id) VALUES (...)},
 * {@code MERGE INTO ... USING ... WHEN ... THEN INSERT VALUES (...)} without a column list, and
 * {@code CREATE TABLE} with computed columns ({@code b INT AS (a * 2)}). They still pass the deny-lists, must be one
 * statement, and run as H2's non-admin user, who cannot reach files, Java code or other databases.
 */
final class H2Syntax {
    /** Words that may not appear in such a statement even as a name: they would make it something else. */
    private static final Set<String> NEVER = Set.of("SELECT", "CALL", "ALIAS", "TRIGGER", "LINKED", "OTHER", "JAVA_OBJECT", "ENGINE",
            "DELETE", "DROP", "GRANT", "USER", "SCHEMA", "SET");

    private H2Syntax() {}

    static Optional<StepKind> kindOf(String sql, List<String> words) {
        if (sql.indexOf(';') >= 0 && sql.indexOf(';') < sql.strip().length() - 1) return Optional.empty();
        if (words.size() < 4 || words.stream().anyMatch(w -> NEVER.contains(w) && !isUsingSelect(words, w))) return Optional.empty();
        if (words.get(0).equals("MERGE") && words.get(1).equals("INTO")) {
            boolean keyForm = words.contains("KEY") && words.contains("VALUES");
            boolean usingForm = words.contains("USING") && words.contains("WHEN") && words.contains("THEN");
            return keyForm || usingForm ? Optional.of(StepKind.DML) : Optional.empty();
        }
        if (words.get(0).equals("CREATE") && words.get(1).equals("TABLE") && words.contains("AS")) return Optional.of(StepKind.DDL);
        return Optional.empty();
    }

    /** MERGE ... USING (SELECT ...) is the standard form's source: its SELECT is allowed, nothing else. */
    private static boolean isUsingSelect(List<String> words, String word) {
        if (!word.equals("SELECT")) return false;
        int using = words.indexOf("USING");
        int select = words.indexOf("SELECT");
        return words.get(0).equals("MERGE") && using >= 0 && select == using + 1 && words.lastIndexOf("SELECT") == select;
    }
}
