// Orders that ended alike (same outcome, same errors, same final data): how many, and the first of them.
package org.interleave.engine.explore;

import java.util.List;
import java.util.Set;
import org.interleave.engine.ErrorKind;
import org.interleave.scenario.Outcome;

/**
 * @param notSerializable how the data differs from every serial order, or null when some serial order gives it
 */
public record OutcomeGroup(Outcome outcome, Set<ErrorKind> errors, String notSerializable, int orders, List<String> example,
        String verdict) {}
