// One check after a run: what it says, what was expected, what the database holds, and whether it holds.
package org.interleave.engine;

public record CheckResult(String name, String explain, String expected, String actual, boolean holds) {}
