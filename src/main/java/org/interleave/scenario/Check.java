// A check evaluated after the run: SQL giving one value, the value it should be, and what that means for the business.
package org.interleave.scenario;

/**
 * @param name    the quantity in business words, e.g. "shop balance"
 * @param expect  the expected value, compared as text (numbers compare by value)
 * @param explain the rule in a sentence, e.g. "shop balance should be 1050"
 */
public record Check(String name, EngineSql sql, String expect, String explain, Pos pos) {}
