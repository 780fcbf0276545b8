// Decides, by parsing with jOOQ, whether one statement of a scenario file is of a kind Interleave may run.
package org.interleave.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;

public final class StatementAllowlist {
    /** Where a statement stands decides what it may be. */
    public enum Place {
        SETUP("setup"), STEP("a step"), CHECK("a check"), GUARD("a guard");

        private final String words;

        Place(String words) {
            this.words = words;
        }
    }

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("(?i)\\s*(COMMIT|ROLLBACK)(\\s+WORK)?\\s*;?\\s*");
    private static final Set<String> QUERY_KINDS = Set.of("SelectQueryImpl", "SelectImpl");
    private static final Set<String> DML_KINDS = Set.of("InsertImpl", "UpdateImpl", "DeleteImpl", "MergeImpl");
    private static final Set<String> DDL_KINDS = Set.of("CreateTableImpl", "CreateIndexImpl", "AlterTableImpl", "DropTableImpl",
            "DropIndexImpl", "CreateViewImpl", "DropViewImpl", "TruncateImpl", "CreateSequenceImpl", "AlterIndexImpl");
    private static final Set<String> DANGEROUS_WORDS = Set.of("FILE_READ", "FILE_WRITE", "CSVREAD", "CSVWRITE", "RUNSCRIPT",
            "LINK_SCHEMA", "LINKED", "ALIAS", "SHUTDOWN", "JAVA_OBJECT", "DATABASE_PATH");
    private static final Set<String> OBJECT_TYPES = Set.of("OTHER", "JAVA_OBJECT");
    /** Longest statement accepted: a long text in an INSERT is fine, a generated monster is not. */
    public static final int MAX_LENGTH = 20_000;
    /** Deepest nesting of parentheses accepted; jOOQ's parser recurses once per level. */
    public static final int MAX_DEPTH = 64;
    private static final Settings PARSING = new Settings().withParseUnknownFunctions(ParseUnknownFunctions.FAIL);
    private static final Settings RENDERING = new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS);

    private StatementAllowlist() {}

    /** Returns why the statement is refused, or empty when it may run. */
    public static Optional<String> refusal(String sql, String engine, Place place) {
        String trimmed = sql.strip();
        if (trimmed.isEmpty()) return Optional.of("empty statement; write one SQL statement");
        boolean control = TRANSACTION_CONTROL.matcher(trimmed).matches();
        if (control) {
            return place == Place.STEP ? Optional.empty()
                    : Optional.of("COMMIT and ROLLBACK belong in a lane's steps, not in " + place.words);
        }
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of("statement too long (" + trimmed.length() + " characters; at most " + MAX_LENGTH + ")");
        }
        SqlText scanned = SqlText.scan(trimmed);
        if (scanned.maxDepth() > MAX_DEPTH) {
            return Optional.of("statement too complex: parentheses nest " + scanned.maxDepth() + " deep (at most " + MAX_DEPTH + ")");
        }
        Optional<String> denied = deniedWord(scanned.words());
        if (denied.isPresent()) return denied;
        Queries queries;
        try {
            queries = DSL.using(dialectOf(engine), PARSING).parser().parse(trimmed);
        } catch (StackOverflowError e) {
            return Optional.of("statement too complex for the SQL parser; split it or simplify it");
        } catch (ParserException e) {
            String first = e.getMessage().lines().findFirst().orElse("cannot parse");
            return Optional.of("cannot be checked as one allowed SQL statement (" + first.strip()
                    + "); only queries, INSERT/UPDATE/DELETE/MERGE, table and index DDL, COMMIT and ROLLBACK are allowed");
        } catch (RuntimeException e) {
            return Optional.of("cannot be parsed: " + e.getMessage());
        }
        Query[] parsed = queries.queries();
        if (parsed.length == 0) {
            return Optional.of("`" + firstWord(trimmed) + "` statements are not allowed (settings belong to the lane's isolation level, not to SQL)");
        }
        if (parsed.length > 1) {
            return Optional.of("holds " + parsed.length + " statements; write exactly one statement per step (split it into several steps)");
        }
        Optional<String> deniedType = deniedType(parsed[0]);
        if (deniedType.isPresent()) return deniedType;
        String kind = parsed[0].getClass().getSimpleName();
        boolean allowed = switch (place) {
            case SETUP -> DML_KINDS.contains(kind) || DDL_KINDS.contains(kind) || QUERY_KINDS.contains(kind);
            case STEP -> DML_KINDS.contains(kind) || DDL_KINDS.contains(kind) || QUERY_KINDS.contains(kind);
            case CHECK, GUARD -> QUERY_KINDS.contains(kind);
        };
        if (!allowed) {
            return Optional.of("`" + firstWord(trimmed) + "` is not allowed in " + place.words
                    + (place == Place.CHECK || place == Place.GUARD ? "; it must be a SELECT" : "; only queries, DML and table/index DDL are"));
        }
        return Optional.empty();
    }

    public static boolean isTransactionControl(String sql) {
        return TRANSACTION_CONTROL.matcher(sql).matches();
    }

    public static boolean isCommit(String sql) {
        return isTransactionControl(sql) && sql.strip().toUpperCase(Locale.ROOT).startsWith("COMMIT");
    }

    private static SQLDialect dialectOf(String engine) {
        return switch (engine) {
            case "postgresql" -> SQLDialect.POSTGRES;
            case "mariadb" -> SQLDialect.MARIADB;
            default -> SQLDialect.H2;
        };
    }

    private static String firstWord(String sql) {
        String[] parts = sql.strip().split("\\s+", 3);
        return parts.length > 1 ? (parts[0] + " " + parts[1]).toUpperCase(Locale.ROOT) : parts[0].toUpperCase(Locale.ROOT);
    }

    private static Optional<String> deniedWord(List<String> words) {
        for (String word : words) {
            if (word.equals("JAVA_OBJECT")) return Optional.of(objectTypeRefusal(word));
            if (DANGEROUS_WORDS.contains(word)) {
                return Optional.of("`" + word + "` is not allowed: scenario files may only query and change tables");
            }
        }
        return Optional.empty();
    }

    private static String objectTypeRefusal(String type) {
        return "the type " + type + " stores serialized Java objects and is not allowed; use VARBINARY or VARCHAR";
    }

    /**
     * Refuses the types that hold serialized Java objects (H2's OTHER and JAVA_OBJECT, however they are spelt). The
     * parsed statement is rendered with every name quoted, so its bare words are keywords, types and functions only.
     */
    private static Optional<String> deniedType(Query query) {
        String rendered;
        try {
            rendered = DSL.using(SQLDialect.H2, RENDERING).renderInlined(query);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of("cannot be checked: jOOQ could not render the parsed statement (" + e.getClass().getSimpleName() + ")");
        }
        for (String word : SqlText.scan(rendered).words()) {
            if (OBJECT_TYPES.contains(word)) {
                return Optional.of(objectTypeRefusal(word));
            }
        }
        return Optional.empty();
    }
}
