// Opens lane connections with the settings every engine-owned PostgreSQL session gets.
package org.interleave.engine.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

final class PostgresConnections {
    private PostgresConnections() {}

    /**
     * A lane's connection: no server-side prepared statements (its session is reset with DISCARD ALL between runs),
     * a short connect timeout, and a name that tells it apart in pg_stat_activity.
     */
    static Connection lane(String url, String role, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("password", password);
        p.setProperty("prepareThreshold", "0");
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "interleave-lane");
        return DriverManager.getConnection(url, p);
    }
}
