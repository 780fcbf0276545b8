// One statement of a lane, with its kind, narration, captured values, application guard and crash marker.
package org.interleave.scenario;

import java.util.Map;

/**
 * @param kind    what the statement is, from its parse at load time (null only in a file that does not load)
 * @param capture variable name to result column: the first row's value is kept for later steps as {@code :name}
 * @param guard   an SQL condition over captured values; the step runs only when it is true
 * @param crash   the application process dies right after this step: the connection is lost without commit
 */
public record Step(String id, EngineSql sql, StepKind kind, String note, Map<String, String> capture, String guard, boolean crash, Pos pos) {}
