// One throwaway database for one run: connections for lanes and checks, and a watcher that sees who waits for whom.
package org.interleave.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

public interface RunDatabase extends AutoCloseable {
    /** A new connection as the non-admin scenario user, in the scenario's schema, with a long lock timeout. */
    Connection connectAsScenarioUser() throws SQLException;

    /** The database's id for the session of {@code connection}; call before the first transaction starts. */
    long sessionId(Connection connection) throws SQLException;

    /** What the watcher sees of a session right now. */
    SessionView look(long sessionId) throws SQLException;

    /** Ends the database; connections still open are cut. Never waits for a lock. */
    @Override
    void close();

    /** @param blocker the session this one waits for, if the database reports it */
    record SessionView(boolean executing, OptionalLong blocker) {}
}
