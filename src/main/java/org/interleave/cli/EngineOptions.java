// The options that choose the database: --engine, and --db-url/--db-user for a course's own server.
package org.interleave.cli;

import java.io.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.DatabaseEngine;
import org.interleave.engine.Engines;
import org.interleave.engine.RunLimits;
import org.interleave.engine.ServerAddress;
import org.interleave.scenario.EngineId;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

public final class EngineOptions {
    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "the database: h2 (embedded, instant; the default), postgresql (embedded PostgreSQL 17, or your server with"
                    + " --db-url) or mariadb (your server, with --db-url)")
    String engine;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "how long one statement may run without waiting for a lock before it is stopped (default: 60)")
    Integer timeLimit;

    /** True when the options name something other than the default engine. */
    public boolean chosen() {
        return engine != null || dbUrl != null;
    }

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "a server of your own: jdbc:postgresql://HOST:PORT/DB or jdbc:mariadb://HOST:PORT/; Interleave creates and drops"
                    + " its own databases and users there")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "the account for --db-url (PostgreSQL: CREATEDB and CREATEROLE; MariaDB: CREATE, DROP, CREATE USER, GRANT OPTION"
                    + " and PROCESS); the password comes from PGPASSWORD or MARIADB_PASSWORD, or a prompt")
    String dbUser;

    /** The engine the options name, made (or taken) from {@code engines}. */
    public DatabaseEngine choose(CommandSpec spec, Engines engines) {
        DatabaseEngine chosen = chooseEngine(spec, engines);
        if (timeLimit == null) return chosen;
        try {
            return chosen.withLimits(new RunLimits(timeLimit * 1000L));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit: " + e.getMessage());
        }
    }

    /**
     * For a command that runs several engines: the server of --db-url for the engine it names, else the engine as
     * the registry has it (embedded or configured), else why it is not available.
     */
    Engines.Availability availability(CommandSpec spec, Engines engines, EngineId id) {
        if (dbUrl != null && engines.forUrl(dbUrl).orElse(null) == id) {
            DatabaseEngine chosen = choose(spec, engines);
            return new Engines.Availability(id, java.util.Optional.of(chosen), "");
        }
        Engines.Availability a = engines.available(id);
        if (timeLimit == null || a.engine().isEmpty()) return a;
        return new Engines.Availability(id, java.util.Optional.of(a.engine().get().withLimits(new RunLimits(timeLimit * 1000L))), "");
    }

    /** For --engines: each engine named, in order, as {@link #availability} has it; an unknown name is refused first. */
    List<Engines.Availability> availabilities(CommandSpec spec, Engines engines, List<String> keys) {
        List<EngineId> ids = new ArrayList<>();
        for (String key : keys) ids.add(engineId(spec, key, " in --engines"));
        List<Engines.Availability> found = new ArrayList<>();
        for (EngineId id : ids) found.add(availability(spec, engines, id));
        return found;
    }

    private static EngineId engineId(CommandSpec spec, String key, String where) {
        return EngineId.parse(key.strip().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "unknown engine `" + key + "`" + where + "; use one of " + EngineId.keys()));
    }

    private DatabaseEngine chooseEngine(CommandSpec spec, Engines engines) {
        EngineId id = engine == null ? null : engineId(spec, engine, "");
        if (dbUrl == null) {
            if (dbUser != null) throw new CommandLine.ParameterException(spec.commandLine(), "--db-user needs --db-url");
            try {
                return engines.embedded(id == null ? Engines.defaultId() : id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Optional<EngineId> fromUrl = engines.forUrl(dbUrl);
        if (fromUrl.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db-url `" + dbUrl + "` names no server Interleave can use;"
                    + " write jdbc:postgresql://HOST:PORT/DATABASE or jdbc:mariadb://HOST:PORT/");
        }
        if (id != null && id != fromUrl.get()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine " + id.key() + " does not match --db-url " + dbUrl);
        }
        if (dbUser == null) throw new CommandLine.ParameterException(spec.commandLine(), "--db-url needs --db-user");
        String variable = engines.passwordVariable(fromUrl.get());
        String password = System.getenv(variable);
        if (password == null) password = prompt(spec, variable);
        try {
            return engines.server(fromUrl.get(), new ServerAddress(dbUrl, dbUser, password));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String prompt(CommandSpec spec, String variable) {
        Console console = System.console();
        if (console == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no password for " + dbUser + ": set " + variable
                    + " (a password is never taken from the command line)");
        }
        char[] typed = console.readPassword("Password for %s at %s: ", dbUser, dbUrl);
        return typed == null ? "" : new String(typed);
    }
}
