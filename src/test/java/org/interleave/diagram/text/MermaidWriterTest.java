// Tests the Mermaid export: golden files of a seed scenario, the seeds' style, and escaping that Mermaid's lexer survives.
package org.interleave.diagram.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interleave.diagram.Golden;
import org.interleave.diagram.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MermaidWriterTest {
    /** A statement Mermaid's sequence grammar accepts, once entity codes are taken out (they are, before parsing). */
    private static final Pattern STATEMENT = Pattern.compile("sequenceDiagram|    participant \\w+( as [^#;]+)?|    title [^#;]+"
            + "|    \\w+(->>|-->>|-x|--x)\\w+: [^#;]+|    Note (over|left of|right of) \\w+(, \\w+)?: [^#;]+");

    @ParameterizedTest
    @ValueSource(strings = {"none", "for-update"})
    void matchesTheGoldenFile(String protection) throws Exception {
        Golden.assertMatches("credits-lost-update." + protection + ".mmd", MermaidWriter.write(Runs.input("credits-lost-update", protection)));
    }

    @Test
    void followsTheSeedsStyle() {
        String mmd = MermaidWriter.write(Runs.input("credits-lost-update", "for-update"));
        assertTrue(mmd.startsWith("sequenceDiagram\n"));
        assertTrue(mmd.contains("    participant T1\n    participant Database\n    participant T2\n"), "T1 | Database | T2");
        assertTrue(mmd.contains("T1->>Database: 1. SELECT balance FROM accounts WHERE id = 1 FOR UPDATE\n"));
        assertTrue(mmd.contains("Database-->>T1: balance = 1000\n"));
        assertTrue(mmd.contains("Note over Database, T2: T2 is waiting for T1's lock\n"), "the wait is a note");
        assertTrue(mmd.contains("Database-->>T2: 5. lock granted after waiting since step 2, released by T1's COMMIT (step 4): balance = 1100\n"), "the wait's end");
        assertTrue(mmd.contains("Note over T1: T1 committed\n"));
        assertTrue(mmd.contains("Note over T1, T2: SAFE — shop balance is 1050"), "the verdict closes the diagram");
    }

    @Test
    void failuresAreCrossedArrowsAndSkippedStepsAreNotes() {
        String mmd = MermaidWriter.write(Runs.input("credits-lost-update", "repeatable-read"));
        assertTrue(mmd.contains("T1-xDatabase: 5. UPDATE accounts"), mmd);
        assertTrue(mmd.contains("Database--xT1: ERROR serialization failure, SQLState 40001 — T1 is rolled back"), mmd);
        assertTrue(mmd.contains("Note over T1: 6. not run: T1 was aborted earlier — COMMIT"), mmd);
        assertTrue(mmd.contains("Caveat: H2 and PostgreSQL abort T1 with a serialization failure (40001)#59; MariaDB"), "the caveat's ; is coded");
    }

    @Test
    void everyLineIsAStatementMermaidParses() {
        for (String protection : List.of("none", "for-update", "repeatable-read", "ledger")) {
            for (String line : MermaidWriter.write(Runs.input("credits-lost-update", protection)).split("\n")) {
                String withoutCodes = line.replaceAll("#\\w+;", "X");
                assertTrue(STATEMENT.matcher(withoutCodes).matches(), protection + ": not a statement: " + line);
            }
        }
    }

    @Test
    void escapesSemicolonsHashesQuotesAndTheWordEnd() {
        String sql = "UPDATE notes SET text = 'the end; #1 \"best\"' WHERE tag = 'END' AND x <> 1 & y LIKE '50%%'";
        String escaped = MermaidText.escape(sql);
        assertFalse(escaped.replaceAll("#\\w+;", "").matches(".*[;#\"<>&%].*"), "no raw special character is left: " + escaped);
        assertFalse(Pattern.compile("(?i)\\bend\\b").matcher(escaped.replaceAll("#\\w+;", " ")).find(), "no bare word end: " + escaped);
        assertEquals(sql, decode(escaped), "Mermaid shows the SQL exactly as written");
        assertTrue(escaped.contains("#59;") && escaped.contains("#35;") && escaped.contains("#quot;"));
    }

    @Test
    void wordsThatOnlyContainEndAreLeftAlone() {
        assertEquals("SELECT endpoint, weekend FROM t", MermaidText.escape("SELECT endpoint, weekend FROM t"));
    }

    @Test
    void colonsAreCodedOnlyWhereMermaidsStylePrePassCouldEatASemicolon() {
        assertEquals("a :x #59;", MermaidText.escape("a :x ;"));
        assertEquals("a #58;x #59;", MermaidText.escape("a :x ;", true));
        assertTrue(MermaidText.needsColonCodes("T1->>Database: SELECT style FROM t"));
    }

    @Test
    void participantIdsThatMermaidWouldReadAsKeywordsGetAnAlias() {
        assertEquals("T1", MermaidText.plainId("T1"));
        assertEquals(null, MermaidText.plainId("endpoint"), "starts with the keyword end");
        assertEquals(null, MermaidText.plainId("lane 1"));
    }

    /** What Mermaid shows for entity codes: #59; is ';', #quot; is '"' and so on. */
    static String decode(String text) {
        Matcher m = Pattern.compile("#(\\w+);").matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            String c = code.matches("\\d+") ? String.valueOf((char) Integer.parseInt(code))
                    : switch (code) {
                        case "quot" -> "\"";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        default -> throw new AssertionError("unknown entity " + code);
                    };
            m.appendReplacement(b, Matcher.quoteReplacement(c));
        }
        m.appendTail(b);
        return b.toString();
    }
}
