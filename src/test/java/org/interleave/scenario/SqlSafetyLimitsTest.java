// Statements that hold serialized Java objects, long texts or deep nesting get a clear refusal, never a crash.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlSafetyLimitsTest {
    private static Optional<String> refusal(String sql) {
        return new StatementAllowlist().refusal(sql, EngineId.H2, StatementAllowlist.Place.STEP);
    }

    @Test
    void typesThatHoldJavaObjectsAreRefusedHoweverTheyAreSpelt() {
        for (String sql : new String[] {"SELECT CAST(X'aced0005' AS OTHER)", "SELECT CAST(X'aced0005' AS \"OTHER\")",
                "CREATE TABLE t (o OTHER)", "CREATE TABLE t (o java_object)", "SELECT X'aced'::other"}) {
            Optional<String> why = refusal(sql);
            assertTrue(why.isPresent() && why.get().contains("serialized Java objects"), sql + " -> " + why);
        }
    }

    @Test
    void aColumnOrTableCalledOtherIsStillAllowed() {
        assertEquals(Optional.empty(), refusal("SELECT other FROM other WHERE note = 'other'"));
    }

    @Test
    void aLongStringLiteralIsAnOrdinaryText() {
        String text = "x".repeat(15_000);
        assertEquals(Optional.empty(), refusal("INSERT INTO notes VALUES (1, '" + text + "')"));
    }

    @Test
    void aStatementBeyondTheLengthLimitIsRefusedWithTheLimit() {
        String text = "x".repeat(StatementAllowlist.MAX_LENGTH);
        String why = refusal("INSERT INTO notes VALUES (1, '" + text + "')").orElseThrow();
        assertTrue(why.contains("too long") && why.contains(Integer.toString(StatementAllowlist.MAX_LENGTH)), why);
    }

    @Test
    void deepParenthesesAreTooComplexNotAStackOverflow() {
        String sql = "SELECT " + "(".repeat(2000) + "1" + ")".repeat(2000);
        String why = refusal(sql).orElseThrow();
        assertTrue(why.contains("too complex"), why);
    }

    @Test
    void nestingJustWithinTheLimitParses() {
        int depth = StatementAllowlist.MAX_DEPTH;
        assertEquals(Optional.empty(), refusal("SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth)));
    }

    @Test
    void aQuoteInsideAQuotedNameHidesNoDeniedWord() {
        String why = refusal("SELECT \"it's\" FROM t WHERE FILE_READ('/etc/passwd') IS NOT NULL AND 'a' = 'a'").orElseThrow();
        assertTrue(why.contains("FILE_READ"), why);
    }

    @Test
    void theScannerSeesWordsOutsideLiteralsQuotedNamesAndComments() {
        SqlText t = SqlText.scan("SELECT 'FILE_READ', \"CSVWRITE\", `LINKED`, $$ALIAS$$, E'\\' RUNSCRIPT' /* SHUTDOWN /* x */ */ -- SCRIPT\n, v FROM t");
        assertEquals(java.util.List.of("SELECT", "E", "V", "FROM", "T"), t.words());
    }
}
