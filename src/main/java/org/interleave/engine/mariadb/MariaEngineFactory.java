// Makes the MariaDB engine, for a course's own MariaDB or MySQL-compatible server; Interleave brings no MariaDB itself.
package org.interleave.engine.mariadb;

import java.sql.SQLException;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineFactory;
import org.interleave.engine.ServerAddress;
import org.interleave.scenario.EngineId;

public final class MariaEngineFactory implements EngineFactory {
    @Override
    public EngineId id() {
        return EngineId.MARIADB;
    }

    /** An embedded MariaDB would be about 150 MB for Linux alone and needs system libraries: a server is given instead. */
    @Override
    public boolean hasEmbedded() {
        return false;
    }

    @Override
    public DatabaseEngine embedded() {
        throw new IllegalArgumentException("MariaDB has no embedded server in Interleave; give your server with --db-url jdbc:mariadb://HOST:PORT/");
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public String passwordVariable() {
        return "MARIADB_PASSWORD";
    }

    /** Connects at once, so that a wrong address or password is told before anything runs. */
    @Override
    public DatabaseEngine server(ServerAddress address) {
        MariaServer server = new MariaServer(address);
        try {
            server.ensureConnected();
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new MariaEngine(server);
    }
}
