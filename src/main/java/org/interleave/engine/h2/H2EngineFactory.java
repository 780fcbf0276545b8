// Makes the H2 engine: always embedded and in memory.
package org.interleave.engine.h2;

import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.EngineFactory;
import org.interleave.engine.ServerAddress;
import org.interleave.scenario.EngineId;

public final class H2EngineFactory implements EngineFactory {
    @Override
    public EngineId id() {
        return EngineId.H2;
    }

    @Override
    public boolean hasEmbedded() {
        return true;
    }

    @Override
    public DatabaseEngine embedded() {
        return new H2Engine();
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return false;
    }

    @Override
    public String passwordVariable() {
        return "";
    }

    @Override
    public DatabaseEngine server(ServerAddress address) {
        throw new IllegalArgumentException("H2 runs embedded, in memory; it takes no --db-url");
    }
}
