// A PostgreSQL server Interleave administers throwaway databases on: the embedded one, or a course's own.
package org.interleave.engine.postgresql;

import java.sql.Connection;
import java.sql.SQLException;

interface PostgresServer extends AutoCloseable {
    /** Starts the server if it is not running yet (seconds for the embedded one); safe to call often. */
    void ensureStarted() throws SQLException;

    /** A connection with the administering account to {@code database}, autocommit. */
    Connection admin(String database) throws SQLException;

    /** A connection as {@code role} to {@code database}, for a lane. */
    Connection connect(String database, String role, String password) throws SQLException;

    /** The database the administering account first connects to. */
    String maintenanceDatabase();

    /** The server's version, e.g. "17.6". */
    String version();

    /** "PostgreSQL 17.6 (embedded)" or "PostgreSQL 15.19 at db.example.org". */
    String displayName();

    /** The server's deadlock_timeout in milliseconds. */
    long deadlockTimeoutMillis() throws SQLException;

    /** True for the embedded server, whose databases end with it; a user's server gets what Interleave made dropped. */
    boolean embedded();

    @Override
    void close();
}
