// Decides, by parsing with jOOQ in each engine's dialect, whether a statement of a scenario file may run, and its kind.
package org.interleave.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;

/**
 * One instance per load; what parsing found is kept for the whole process, by engine and text: the same statement
 * recurs across protections and scenario files (the built-ins hold 119 distinct statements in 409 places), and jOOQ's
 * parser is the largest cost of loading them.
 */
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
    private static final Set<String> OBJECT_TYPES = Set.of("OTHER", "JAVA_OBJECT");
    private static final Set<String> DATA_CHANGES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE");
    /** Longest statement accepted: a long text in an INSERT is fine, a generated monster is not. */
    public static final int MAX_LENGTH = 20_000;
    /** Deepest nesting of parentheses accepted; jOOQ's parser recurses once per level. */
    public static final int MAX_DEPTH = 64;
    /** The most statements one step sends together (a step block of an isolation spec holds a few). */
    public static final int MAX_BLOCK = 20;
    private static final Settings PARSING = new Settings().withParseUnknownFunctions(ParseUnknownFunctions.FAIL);
    private static final Settings RENDERING = new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS);

    /** What parsing one text for one engine found: its kind, or why it cannot run anywhere. */
    private record Parsed(StepKind kind, String refusal) {}

    private record Key(EngineId engine, String sql) {}

    /** Most texts kept; a folder of many scenario files stays bounded. */
    private static final int KEPT = 4096;
    private static final int KEPT_LENGTH = 2000;
    private static final Map<Key, Parsed> PARSED = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Parsed> eldest) {
            return size() > KEPT;
        }
    });
    /** One parsing context per dialect, made once: a context is cheap to use and costly to make. */
    private static final Map<SQLDialect, org.jooq.DSLContext> CONTEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Returns why the statement is refused on {@code engine} at {@code place}, or empty when it may run. */
    public Optional<String> refusal(String sql, EngineId engine, Place place) {
        Parsed p = parse(sql, engine);
        if (p.refusal() != null) return Optional.of(p.refusal());
        if (p.kind().controlsTransaction()) {
            return place == Place.STEP ? Optional.empty()
                    : Optional.of("BEGIN, COMMIT, ROLLBACK and savepoints belong in a lane's steps, not in " + place.words);
        }
        boolean allowed = switch (place) {
            case SETUP, STEP -> true;
            case CHECK, GUARD -> p.kind() == StepKind.QUERY;
        };
        if (!allowed) {
            return Optional.of("`" + firstWord(sql) + "` is not allowed in " + place.words + "; it must be a SELECT");
        }
        return Optional.empty();
    }

    /** The statement's kind as {@code engine} parses it; empty when it is refused. */
    public Optional<StepKind> kindOf(String sql, EngineId engine) {
        return Optional.ofNullable(parse(sql, engine).kind());
    }

    private Parsed parse(String sql, EngineId engine) {
        Key key = new Key(engine, sql.strip());
        Parsed known = PARSED.get(key);
        if (known != null) return known;
        Parsed found = analyse(key.sql(), key.engine()); // outside the lock: two loads in parallel parse in parallel
        if (key.sql().length() <= KEPT_LENGTH) PARSED.put(key, found); // a hostile file's long texts are not kept
        return found;
    }

    private static Parsed analyse(String trimmed, EngineId engine) {
        if (trimmed.isEmpty()) return refused("empty statement; write one SQL statement");
        if (trimmed.length() <= MAX_LENGTH) {
            List<SqlStatements.Statement> parts = SqlStatements.split(trimmed);
            if (parts.size() > 1) return block(parts, engine);
        }
        Matcher control = TRANSACTION_CONTROL.matcher(trimmed);
        if (control.matches()) {
            return new Parsed(control.group(1).equalsIgnoreCase("COMMIT") ? StepKind.COMMIT : StepKind.ROLLBACK, null);
        }
        Optional<TransactionStart> start = TransactionStart.parse(trimmed);
        if (start.isPresent()) {
            if (start.get().readOnly() && engine == EngineId.H2) {
                return refused("H2 has no read-only transactions (measured: it ignores the connection's read-only flag), so READ ONLY"
                        + " would not be honoured; give H2 its own text, e.g. `sql: { h2: BEGIN, default: \"START TRANSACTION READ ONLY\" }`");
            }
            if (start.get().isolation() == Isolation.SNAPSHOT && engine != EngineId.H2) {
                return refused("SNAPSHOT is H2's own isolation level; give the other engines their own text, e.g. `sql: { h2: \"BEGIN"
                        + " ISOLATION LEVEL SNAPSHOT\", default: \"BEGIN ISOLATION LEVEL REPEATABLE READ\" }` (PostgreSQL's REPEATABLE"
                        + " READ is snapshot isolation)");
            }
            if (start.get().deferrable() && engine != EngineId.POSTGRESQL) {
                return refused("DEFERRABLE is PostgreSQL's; give the other engines their own text, e.g. `sql: { postgresql: \"BEGIN"
                        + " ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE\", default: \"BEGIN\" }`");
            }
            return new Parsed(StepKind.BEGIN, null);
        }
        if (TransactionStart.isSavepoint(trimmed)) return new Parsed(StepKind.SAVEPOINT, null);
        if (trimmed.length() > MAX_LENGTH) {
            return refused("statement too long (" + trimmed.length() + " characters; at most " + MAX_LENGTH + ")");
        }
        SqlText scanned = SqlText.scan(trimmed);
        if (scanned.maxDepth() > MAX_DEPTH) {
            return refused("statement too complex: parentheses nest " + scanned.maxDepth() + " deep (at most " + MAX_DEPTH + ")");
        }
        String denied = deniedWord(scanned.words(), engine);
        if (denied != null) return refused(denied);
        Queries queries;
        try {
            queries = CONTEXTS.computeIfAbsent(engine.dialect(), d -> DSL.using(d, PARSING)).parser()
                    .parse(parsable(trimmed, scanned.words(), engine));
        } catch (StackOverflowError e) {
            return refused("statement too complex for the SQL parser; split it or simplify it");
        } catch (ParserException e) {
            if (engine == EngineId.H2) {
                Optional<StepKind> h2Only = H2Syntax.kindOf(trimmed, scanned.words());
                if (h2Only.isPresent()) return new Parsed(h2Only.get(), null);
            }
            String first = e.getMessage().lines().findFirst().orElse("cannot parse");
            return refused("cannot be checked as one allowed statement (" + first.strip()
                    + "); only queries, INSERT/UPDATE/DELETE/MERGE, table and index DDL, BEGIN, COMMIT, ROLLBACK and savepoints are allowed");
        } catch (RuntimeException e) {
            return refused("cannot be parsed: " + e.getMessage());
        }
        Query[] all = queries.queries();
        if (all.length == 0) {
            return refused("`" + firstWord(trimmed) + "` statements are not allowed (settings belong to the lane's isolation level, not to SQL)");
        }
        if (all.length > 1) {
            return refused("holds " + all.length + " statements; write exactly one statement per step (split it into several steps)");
        }
        List<String> rendered;
        try {
            rendered = SqlText.scan(DSL.using(SQLDialect.H2, RENDERING).renderInlined(all[0])).words();
        } catch (RuntimeException | StackOverflowError e) {
            return refused("cannot be checked: jOOQ could not render the parsed statement (" + e.getClass().getSimpleName() + ")");
        }
        String deniedType = deniedType(rendered);
        if (deniedType != null) return refused(deniedType);
        String kind = all[0].getClass().getSimpleName();
        if (QUERY_KINDS.contains(kind)) {
            String changes = changesData(rendered);
            return changes == null ? new Parsed(StepKind.QUERY, null) : refused(changes);
        }
        if (DML_KINDS.contains(kind)) return new Parsed(StepKind.DML, null);
        if (DDL_KINDS.contains(kind)) return new Parsed(StepKind.DDL, null);
        return refused("`" + firstWord(trimmed) + "` is not allowed; only queries, DML and table/index DDL are");
    }

    /**
     * Several statements in one step: each is judged alone, and all must be queries or data changes, so that the
     * step's transaction is steered only by steps of their own (BEGIN, COMMIT, savepoints) and DDL stays visible.
     */
    private static Parsed block(List<SqlStatements.Statement> parts, EngineId engine) {
        if (parts.size() > MAX_BLOCK) {
            return refused("holds " + parts.size() + " statements; a step may send at most " + MAX_BLOCK + " together (split it into several steps)");
        }
        for (int k = 0; k < parts.size(); k++) {
            String text = parts.get(k).text();
            Parsed one = analyse(text, engine);
            String which = "statement " + (k + 1) + " of the " + parts.size() + " in this step";
            if (one.refusal() != null) return refused(which + ": " + one.refusal());
            if (one.kind() != StepKind.QUERY && one.kind() != StepKind.DML) {
                return refused(which + " is `" + firstWord(text) + "`, and a step of several statements may hold only queries and data"
                        + " changes; give it a step of its own");
            }
        }
        return new Parsed(StepKind.BLOCK, null);
    }

    /**
     * The text jOOQ is given: MariaDB's {@code INSERT IGNORE [INTO] t} is read as an INSERT (jOOQ's free parser
     * refuses the first spelling and takes IGNORE for the table's name in the second), so both are judged alike.
     */
    private static String parsable(String sql, List<String> words, EngineId engine) {
        if (engine != EngineId.MARIADB || words.size() < 3 || !words.get(0).equals("INSERT") || !words.get(1).equals("IGNORE")) return sql;
        return sql.replaceFirst("(?i)^(\\s*INSERT\\s+)IGNORE\\s+", "$1");
    }

    private static Parsed refused(String why) {
        return new Parsed(null, why);
    }

    private static String firstWord(String sql) {
        String[] parts = sql.strip().split("\\s+", 3);
        return parts.length > 1 ? (parts[0] + " " + parts[1]).toUpperCase(Locale.ROOT) : parts[0].toUpperCase(Locale.ROOT);
    }

    private static String deniedWord(List<String> words, EngineId engine) {
        for (String word : words) {
            if (word.equals("JAVA_OBJECT")) return objectTypeRefusal(word);
            if (engine.deniedWords().contains(word)) {
                return "`" + word + "` is not allowed: scenario files may only query and change tables";
            }
        }
        return null;
    }

    private static String objectTypeRefusal(String type) {
        return "the type " + type + " stores serialized Java objects and is not allowed; use VARBINARY or VARCHAR";
    }

    /**
     * Refuses the types that hold serialized Java objects (H2's OTHER and JAVA_OBJECT, however they are spelt).
     * {@code rendered} are the bare words of the parsed statement rendered with every name quoted: keywords, types
     * and functions only.
     */
    private static String deniedType(List<String> rendered) {
        for (String word : rendered) {
            if (OBJECT_TYPES.contains(word)) return objectTypeRefusal(word);
        }
        return null;
    }

    /**
     * A query must not change data: H2's data-change delta tables (SELECT ... FROM FINAL TABLE (UPDATE ...)) and
     * data-modifying WITH clauses parse as queries, and in a check or a guard they would change what is judged.
     */
    private static String changesData(List<String> rendered) {
        for (int i = 0; i < rendered.size(); i++) {
            String word = rendered.get(i);
            String before = i > 0 ? rendered.get(i - 1) : "";
            boolean lockClause = word.equals("UPDATE") && (before.equals("FOR") || before.equals("KEY"));
            if (DATA_CHANGES.contains(word) && !lockClause) {
                return "this query changes data (" + word + " inside a SELECT, as in a data-change table or a WITH clause);"
                        + " write the change as its own step, and keep queries, checks and guards read-only";
            }
        }
        return null;
    }
}
