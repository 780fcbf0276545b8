// A course's own PostgreSQL server: Interleave connects with the user's account, which needs CREATEDB and CREATEROLE.
package org.interleave.engine.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.interleave.engine.ServerAddress;
import org.postgresql.Driver;

final class ExternalServer implements PostgresServer {
    private final ServerAddress address;
    private final String host;
    private final String port;
    private final String database;
    private String version;
    private long deadlockTimeoutMillis = -1;

    ExternalServer(ServerAddress address) {
        this.address = address;
        Properties parsed = Driver.parseURL(address.jdbcUrl(), new Properties());
        if (parsed == null) throw new IllegalArgumentException("`" + address.jdbcUrl() + "` is not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
        this.host = parsed.getProperty("PGHOST", "localhost");
        this.port = parsed.getProperty("PGPORT", "5432");
        this.database = parsed.getProperty("PGDBNAME", "postgres");
    }

    @Override
    public synchronized void ensureStarted() throws SQLException {
        if (version != null) return;
        try (Connection c = admin(database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                rs.next();
                boolean can = rs.getBoolean(1) || rs.getBoolean(2) && rs.getBoolean(3);
                if (!can) {
                    throw new SQLException("the account " + address.user() + " needs CREATEDB and CREATEROLE on " + host
                            + " (Interleave creates a throwaway database and an unprivileged role per run there, and drops them)");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version'),"
                    + " (SELECT setting::bigint FROM pg_settings WHERE name = 'deadlock_timeout')")) {
                rs.next();
                version = rs.getString(1).split(" ")[0];
                deadlockTimeoutMillis = rs.getLong(2);
            }
        }
    }

    private String url(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    @Override
    public Connection admin(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        p.setProperty("password", address.password() == null ? "" : address.password());
        p.setProperty("ApplicationName", "interleave-watcher");
        p.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(url(db), p);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + address + ": " + PostgresErrors.shortMessage(e), e.getSQLState(), e);
        }
    }

    @Override
    public Connection connect(String db, String role, String password) throws SQLException {
        return PostgresConnections.lane(url(db), role, password);
    }

    @Override
    public String maintenanceDatabase() {
        return database;
    }

    @Override
    public synchronized String version() {
        return version == null ? "?" : version;
    }

    @Override
    public synchronized String displayName() {
        return "PostgreSQL " + version() + " at " + host + ":" + port;
    }

    @Override
    public synchronized long deadlockTimeoutMillis() throws SQLException {
        ensureStarted();
        return deadlockTimeoutMillis;
    }

    @Override
    public boolean embedded() {
        return false;
    }

    /** Nothing to stop: the pool drops the databases and roles it made. */
    @Override
    public void close() {}
}
