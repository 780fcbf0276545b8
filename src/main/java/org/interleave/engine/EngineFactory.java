// Makes one kind of engine: the one Interleave brings (embedded), or one for a course's own server.
package org.interleave.engine;

import org.interleave.scenario.EngineId;

public interface EngineFactory {
    EngineId id();

    /** True when Interleave brings this engine itself, with nothing to install. */
    boolean hasEmbedded();

    /** The embedded engine; cheap to make: a server it needs starts on first use. */
    DatabaseEngine embedded();

    /** True when {@code jdbcUrl} names a server of this engine (jdbc:postgresql://...). */
    boolean acceptsUrl(String jdbcUrl);

    /** The environment variable a password for this engine's server is read from, e.g. PGPASSWORD. */
    String passwordVariable();

    /** An engine that runs on a server the user names; Interleave creates and drops its own databases and roles there. */
    DatabaseEngine server(ServerAddress address);
}
