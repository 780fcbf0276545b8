// The engines the tests run on, made once per test JVM as the launcher makes them, and closed when the JVM ends.
package org.interleave;

import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.Engines;
import org.interleave.scenario.EngineId;

public final class TestEngines {
    private static Engines shared;

    private TestEngines() {}

    /** The launcher's engines, shared by every test of this JVM (one embedded server at most, as in the app). */
    public static synchronized Engines shared() {
        if (shared == null) {
            shared = Launcher.engines();
            Engines made = shared;
            // as a user who set INTERLEAVE_MARIADB_URL would have it: the window offers MariaDB (and says why not, if no server answers)
            made.configure(EngineId.MARIADB, mariadbAddress());
            Runtime.getRuntime().addShutdownHook(new Thread(made::close, "test-engines-closer"));
        }
        return shared;
    }

    public static DatabaseEngine h2() {
        return shared().embedded(EngineId.H2);
    }

    private static DatabaseEngine mariadb;
    private static String mariadbProblem;

    /**
     * MariaDB on the server of this machine (INTERLEAVE_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user
     * INTERLEAVE_MARIADB_USER, default root, password MARIADB_PASSWORD, default empty); empty when none answers, and
     * then {@link #mariadbProblem()} says why.
     */
    public static synchronized java.util.Optional<DatabaseEngine> mariadb() {
        if (mariadb == null && mariadbProblem == null) {
            org.interleave.engine.ServerAddress address = mariadbAddress();
            Engines.Availability a = shared().available(EngineId.MARIADB);
            if (a.engine().isPresent()) mariadb = a.engine().get();
            else mariadbProblem = "no MariaDB server answers at " + address + ": " + a.why();
        }
        return java.util.Optional.ofNullable(mariadb);
    }

    /** The engine of {@code id} the tests run on, if there is one here: H2 and PostgreSQL always, MariaDB with a server. */
    public static java.util.Optional<DatabaseEngine> engine(EngineId id) {
        return id == EngineId.MARIADB ? mariadb() : java.util.Optional.of(shared().embedded(id));
    }

    private static org.interleave.engine.ServerAddress mariadbAddress() {
        return new org.interleave.engine.ServerAddress(System.getenv().getOrDefault("INTERLEAVE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/"),
                System.getenv().getOrDefault("INTERLEAVE_MARIADB_USER", "root"), System.getenv().getOrDefault("MARIADB_PASSWORD", ""));
    }

    public static synchronized String mariadbProblem() {
        return mariadbProblem;
    }

    /** The embedded PostgreSQL engine; its server starts on the first run of the JVM and stops when the JVM ends. */
    public static DatabaseEngine postgres() {
        return shared().embedded(EngineId.POSTGRESQL);
    }
}
