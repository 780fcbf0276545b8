// Makes the PostgreSQL engine: the embedded server Interleave brings, or a course's own server.
package org.interleave.engine.postgresql;

import java.sql.SQLException;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineFactory;
import org.interleave.engine.ServerAddress;
import org.interleave.scenario.EngineId;

public final class PostgresEngineFactory implements EngineFactory {
    @Override
    public EngineId id() {
        return EngineId.POSTGRESQL;
    }

    @Override
    public boolean hasEmbedded() {
        return true;
    }

    /** Cheap: the server starts when the first run needs it. */
    @Override
    public DatabaseEngine embedded() {
        return new PostgresEngine(EmbeddedServer.inTempFolder());
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String passwordVariable() {
        return "PGPASSWORD";
    }

    /** Connects at once, so that a wrong address or missing rights are told before anything runs. */
    @Override
    public DatabaseEngine server(ServerAddress address) {
        ExternalServer server = new ExternalServer(address);
        try {
            server.ensureStarted();
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new PostgresEngine(server);
    }
}
