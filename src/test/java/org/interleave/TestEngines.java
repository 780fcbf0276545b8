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
            Runtime.getRuntime().addShutdownHook(new Thread(made::close, "test-engines-closer"));
        }
        return shared;
    }

    public static DatabaseEngine h2() {
        return shared().embedded(EngineId.H2);
    }

    /** The embedded PostgreSQL engine; its server starts on the first run of the JVM and stops when the JVM ends. */
    public static DatabaseEngine postgres() {
        return shared().embedded(EngineId.POSTGRESQL);
    }
}
