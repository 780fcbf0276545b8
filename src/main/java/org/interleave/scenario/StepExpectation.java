// What a scenario file says one step should do on an engine: complete at once, wait (for whom), or fail (with what SQLSTATE).
package org.interleave.scenario;

import java.util.List;

/**
 * @param waitsFor  for WAITS: the lanes it should wait for; empty means "for anyone"
 * @param sqlState  for FAILS: the SQLSTATE (five characters) or its class (two), or null for any error
 */
public record StepExpectation(Kind kind, List<String> waitsFor, String sqlState, Pos pos) {
    /** The three answers a step can get, as a scenario file spells them. */
    public enum Kind {
        COMPLETES("completes"), WAITS("waits"), FAILS("fails");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static java.util.Optional<Kind> parse(String text) {
            return java.util.Arrays.stream(values()).filter(k -> k.word.equals(text)).findFirst();
        }
    }

    public StepExpectation {
        waitsFor = waitsFor == null ? List.of() : List.copyOf(waitsFor);
    }

    public static StepExpectation completes(Pos pos) {
        return new StepExpectation(Kind.COMPLETES, List.of(), null, pos);
    }

    /** "complete at once", "wait for T1", "fail with 40001": what was expected, after "expected to". */
    public String words() {
        return switch (kind) {
            case COMPLETES -> "complete at once";
            case WAITS -> waitsFor.isEmpty() ? "wait" : "wait for " + String.join(" and ", waitsFor);
            case FAILS -> sqlState == null ? "fail" : "fail with " + sqlState;
        };
    }

    /** True when an SQLSTATE matches what a FAILS expectation names (any, its class, or exactly). */
    public boolean acceptsSqlState(String actual) {
        return sqlState == null || actual != null && actual.toUpperCase(java.util.Locale.ROOT).startsWith(sqlState);
    }
}
