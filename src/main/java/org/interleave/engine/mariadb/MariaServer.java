// A course's own MariaDB (or MySQL-compatible) server: where it is, the administering account, and what it runs.
package org.interleave.engine.mariadb;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.interleave.engine.ServerAddress;

final class MariaServer {
    private final ServerAddress address;
    private final String host;
    private final int port;
    private String version;
    private boolean snapshotIsolation;

    MariaServer(ServerAddress address) {
        this.address = address;
        String url = address.jdbcUrl();
        String rest = url.startsWith("jdbc:mariadb:") ? url.substring("jdbc:mariadb:".length()) : url.substring("jdbc:mysql:".length());
        URI uri = URI.create(rest.startsWith("//") ? "mariadb:" + rest : "mariadb://" + rest);
        if (uri.getHost() == null) throw new IllegalArgumentException("`" + url + "` is not a MariaDB JDBC URL (jdbc:mariadb://HOST:PORT/DATABASE)");
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 3306 : uri.getPort();
    }

    /** Connects once to learn the version and settings, and to tell a wrong address or password at once. */
    synchronized void ensureConnected() throws SQLException {
        if (version != null) return;
        try (Connection c = admin(null); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT VERSION()")) {
                rs.next();
                version = rs.getString(1).split("-")[0];
            }
            try (ResultSet rs = s.executeQuery("SELECT @@innodb_snapshot_isolation")) {
                rs.next();
                snapshotIsolation = rs.getBoolean(1);
            } catch (SQLException olderServer) {
                snapshotIsolation = false; // before 10.6.18 and 11.4.2 there is no such setting, and it behaves as OFF
            }
        }
    }

    private String url(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + (database == null ? "" : database);
    }

    /** The administering account's connection, autocommit; {@code database} may be null. */
    Connection admin(String database) throws SQLException {
        Properties p = properties(address.user(), address.password());
        p.setProperty("allowMultiQueries", "false");
        try {
            return DriverManager.getConnection(url(database), p);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + address + ": " + MariaErrors.shortMessage(e), e.getSQLState(), e);
        }
    }

    /** A lane's connection: no local files, and COM_RESET_CONNECTION when it is reset between runs. */
    Connection lane(String database, String user, String password) throws SQLException {
        Properties p = properties(user, password);
        p.setProperty("useResetConnection", "true");
        return DriverManager.getConnection(url(database), p);
    }

    private static Properties properties(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password == null ? "" : password);
        p.setProperty("allowLocalInfile", "false");
        p.setProperty("connectTimeout", "10000");
        return p;
    }

    synchronized String version() {
        return version == null ? "?" : version;
    }

    synchronized boolean snapshotIsolation() {
        return snapshotIsolation;
    }

    String displayName() {
        return "MariaDB " + version() + " at " + host + ":" + port;
    }
}
