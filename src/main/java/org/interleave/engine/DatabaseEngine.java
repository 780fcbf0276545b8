// The engine-specific parts of running a scenario: a fresh database, its users, wait detection and error kinds.
package org.interleave.engine;

import java.sql.SQLException;

public interface DatabaseEngine {
    /** The key used in scenario files for per-engine SQL and expectations: h2, postgresql, mariadb. */
    String id();

    /** A human name with version, e.g. "H2 2.5.252 (embedded)". */
    String displayName();

    /** Creates a fresh, empty database for one run, with an admin watcher and a non-admin scenario user. */
    RunDatabase create() throws SQLException;

    /** Says what kind of failure an exception is. */
    ErrorKind classify(SQLException e);
}
