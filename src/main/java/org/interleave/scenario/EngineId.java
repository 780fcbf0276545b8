// The database engines a scenario can name: their key in files, the jOOQ dialect that validates their SQL, their deny-list.
package org.interleave.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;

public enum EngineId {
    H2("h2", "H2", SQLDialect.H2, Set.of("FILE_READ", "FILE_WRITE", "CSVREAD", "CSVWRITE", "RUNSCRIPT", "LINK_SCHEMA",
            "LINKED", "ALIAS", "SHUTDOWN", "DATABASE_PATH", "ABORT_SESSION", "CANCEL_SESSION",
            // CREATE TABLE ... ENGINE "class" makes H2 load a Java class of the file's choosing
            "ENGINE")),
    POSTGRESQL("postgresql", "PostgreSQL", SQLDialect.POSTGRES, Set.of("PG_READ_FILE", "PG_READ_BINARY_FILE", "PG_LS_DIR",
            "PG_STAT_FILE", "LO_IMPORT", "LO_EXPORT", "DBLINK", "DBLINK_EXEC", "PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND",
            "SET_CONFIG", "PG_RELOAD_CONF", "PG_ROTATE_LOGFILE", "PG_FILE_WRITE", "LO_FROM_BYTEA", "LO_PUT")),
    MARIADB("mariadb", "MariaDB", SQLDialect.MARIADB, Set.of("LOAD_FILE", "OUTFILE", "DUMPFILE", "INFILE", "SONAME", "SHUTDOWN",
            "GET_LOCK", "SLEEP", "BENCHMARK"));

    private final String key;
    private final String productName;
    private final SQLDialect dialect;
    private final Set<String> deniedWords;

    EngineId(String key, String productName, SQLDialect dialect, Set<String> deniedWords) {
        this.key = key;
        this.productName = productName;
        this.dialect = dialect;
        this.deniedWords = deniedWords;
    }

    /** The spelling in scenario files and on the command line: h2, postgresql, mariadb. */
    public String key() {
        return key;
    }

    /** The product's name, without version: "PostgreSQL". */
    public String productName() {
        return productName;
    }

    /** The dialect jOOQ parses this engine's SQL in. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** Words (functions, keywords) refused in SQL this engine runs, on top of the statement allowlist. */
    public Set<String> deniedWords() {
        return deniedWords;
    }

    public static Optional<EngineId> parse(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }

    /** "h2, postgresql, mariadb": for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(EngineId::key).collect(Collectors.joining(", "));
    }
}
