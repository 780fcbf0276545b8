// The outcomes of every order of one plan (a protection and isolation choice), counted and grouped.
package org.interleave.engine.explore;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * @param requested      how many orders were asked for: C(n+m, n) for two lanes of n and m steps
 * @param orders         how many distinct orders the database really allowed (smaller when some step waited)
 * @param anomalies      orders whose checks fail
 * @param safe           orders whose checks hold with no lane aborted
 * @param aborted        orders whose checks hold at the price of an aborted lane
 * @param notSerializable orders whose final data no serial order gives (the serial oracle)
 * @param disagreements  orders where the checks and the serial oracle disagree
 * @param examples       for each kind ("anomaly", "safe", "aborted", "serializationFailure", "deadlock",
 *                       "notSerializable", "unfinished"), the first such order
 * @param orderLists     for each kind, the orders of that kind (the first {@value ExplorationTally#KEPT_PER_KIND} of them)
 * @param whyFewer       why {@code orders} is smaller than {@code requested}, or null when it is not
 * @param caveat         where the engines differ for this plan, or null
 */
public record ExplorationRow(String protection, String protectionTitle, Map<String, String> isolation, BigInteger requested,
        int orders, int anomalies, int safe, int aborted, int serializationFailures, int deadlocks, int otherErrors,
        int notSerializable, int unfinished, int disagreements, Map<String, List<String>> examples,
        Map<String, List<List<String>>> orderLists, List<OutcomeGroup> groups,
        String whyFewer, String caveat, List<Long> waitNanos, List<Long> answerNanos, long elapsedNanos) {}
