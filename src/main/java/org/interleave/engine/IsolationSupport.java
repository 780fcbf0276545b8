// How an engine really runs one isolation level a lane asks for.
package org.interleave.engine;

import org.interleave.scenario.Isolation;

/**
 * @param asked  the level the scenario asks for
 * @param runsAs the level the engine actually gives (PostgreSQL runs READ UNCOMMITTED as READ COMMITTED)
 * @param note   what a teacher should know about it on this engine, or null
 */
public record IsolationSupport(Isolation asked, Isolation runsAs, String note) {
    public boolean sameAsAsked() {
        return asked == runsAs;
    }
}
