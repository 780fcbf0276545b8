// A check evaluated after the run: SQL giving one value, the value it should be, and what that means for the business.
package org.interleave.scenario;

/**
 * @param name    the quantity in business words, e.g. "shop balance"
 * @param expect  the expected value, compared as text (numbers compare by value); a text starting with "=" is an
 *                SQL expression computed after the run, which may use captured values and :LANE_committed (1 or 0)
 * @param explain the rule in a sentence, e.g. "shop balance should be 1050"
 */
public record Check(String name, EngineSql sql, String expect, String explain, Pos pos) {
    /** Suffix of the variables that tell a check whether a lane committed: {@code :T1_committed}. */
    public static final String COMMITTED_SUFFIX = "_committed";

    public boolean expectsExpression() {
        return expect.startsWith("=");
    }

    /** The query that computes the expected value, when {@link #expectsExpression()}. */
    public String expectQuery() {
        return "SELECT (" + expect.substring(1).strip() + ")";
    }
}
