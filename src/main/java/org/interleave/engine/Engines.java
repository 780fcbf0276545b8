// The engines a process can run scenarios on, made on first use and all closed together: the composition root's registry.
package org.interleave.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.scenario.EngineId;

public final class Engines implements AutoCloseable {
    private final Map<EngineId, EngineFactory> factories = new EnumMap<>(EngineId.class);
    private final Map<EngineId, DatabaseEngine> embedded = new EnumMap<>(EngineId.class);
    private final List<DatabaseEngine> servers = new ArrayList<>();
    /** Servers the user set up for engines Interleave does not bring (MariaDB), connected to on first use. */
    private final Map<EngineId, ServerAddress> configured = new EnumMap<>(EngineId.class);
    private final Map<EngineId, DatabaseEngine> configuredEngines = new EnumMap<>(EngineId.class);
    private boolean closed;

    public Engines(List<EngineFactory> factories) {
        for (EngineFactory f : factories) this.factories.put(f.id(), f);
        if (!this.factories.containsKey(EngineId.H2)) throw new IllegalArgumentException("the H2 engine is the default and must be given");
    }

    /** The engine used when nothing else is chosen: embedded H2, instant. */
    public static EngineId defaultId() {
        return EngineId.H2;
    }

    /** The engines Interleave brings itself, in the order of {@link EngineId}. */
    public List<EngineId> embeddedIds() {
        return factories.values().stream().filter(EngineFactory::hasEmbedded).map(EngineFactory::id).toList();
    }

    /** Whether an engine can be used now, and if not, why. */
    public record Availability(EngineId id, Optional<DatabaseEngine> engine, String why) {}

    /** Names the server to use for {@code id} when asked for it without an address (from the environment, say). */
    public synchronized void configure(EngineId id, ServerAddress address) {
        configured.put(id, address);
    }

    /** The engines that can be picked without giving an address: those Interleave brings, and configured servers. */
    public synchronized List<EngineId> choices() {
        List<EngineId> ids = new ArrayList<>(embeddedIds());
        for (EngineId id : configured.keySet()) if (!ids.contains(id)) ids.add(id);
        ids.sort(null);
        return ids;
    }

    /** The engine of {@code id}: embedded, or on its configured server (connected to once); else why not. */
    public Availability available(EngineId id) {
        EngineFactory f;
        ServerAddress address;
        synchronized (this) {
            f = factories.get(id);
            address = configured.get(id);
            DatabaseEngine known = configuredEngines.get(id);
            if (known != null) return new Availability(id, Optional.of(known), "");
        }
        if (f == null) return new Availability(id, Optional.empty(), "Interleave cannot run scenarios on " + id.productName() + " yet");
        if (f.hasEmbedded()) return new Availability(id, Optional.of(embedded(id)), "");
        if (address == null) {
            return new Availability(id, Optional.empty(), id.productName() + " needs a server: pass --db-url, or set INTERLEAVE_"
                    + id.name() + "_URL (and INTERLEAVE_" + id.name() + "_USER, " + f.passwordVariable() + ")");
        }
        try {
            DatabaseEngine engine = server(id, address);
            synchronized (this) {
                configuredEngines.put(id, engine);
            }
            return new Availability(id, Optional.of(engine), "");
        } catch (IllegalArgumentException e) {
            return new Availability(id, Optional.empty(), e.getMessage());
        }
    }

    /** The engine whose servers {@code jdbcUrl} names. */
    public Optional<EngineId> forUrl(String jdbcUrl) {
        return factories.values().stream().filter(f -> f.acceptsUrl(jdbcUrl)).map(EngineFactory::id).findFirst();
    }

    /** The environment variable holding the password for a server of {@code id}. */
    public String passwordVariable(EngineId id) {
        EngineFactory f = factories.get(id);
        return f == null ? "" : f.passwordVariable();
    }

    /** The embedded engine of {@code id}, made once and kept until {@link #close()}. */
    public synchronized DatabaseEngine embedded(EngineId id) {
        if (closed) throw new IllegalStateException("the engines are closed");
        EngineFactory f = factories.get(id);
        if (f == null || !f.hasEmbedded()) {
            throw new IllegalArgumentException(id.productName() + " has no embedded server in Interleave; engines without set-up are "
                    + String.join(", ", embeddedIds().stream().map(EngineId::key).toList()) + " (a server of your own needs --db-url)");
        }
        return embedded.computeIfAbsent(id, k -> f.embedded());
    }

    /** An engine on the user's own server, kept until {@link #close()}, which drops what Interleave made there. */
    public synchronized DatabaseEngine server(EngineId id, ServerAddress address) {
        if (closed) throw new IllegalStateException("the engines are closed");
        EngineFactory f = factories.get(id);
        if (f == null) throw new IllegalArgumentException("Interleave cannot run scenarios on " + id.productName() + " yet");
        DatabaseEngine engine = f.server(address);
        servers.add(engine);
        return engine;
    }

    /** Stops every embedded server and cleans up on every user server; nothing Interleave started is left running. */
    @Override
    public void close() {
        List<DatabaseEngine> all;
        synchronized (this) {
            if (closed) return;
            closed = true;
            all = new ArrayList<>(embedded.values());
            all.addAll(servers);
        }
        for (DatabaseEngine e : all) e.close();
    }
}
