// Which engine ran something, carried with every run, layout and snapshot: its id, its version and a display name.
package org.interleave.engine;

import org.interleave.scenario.EngineId;

/**
 * @param version     the server's or library's version, e.g. "17.6"
 * @param displayName what people read, e.g. "PostgreSQL 17.6 (embedded)"
 */
public record EngineInfo(EngineId id, String version, String displayName) {}
