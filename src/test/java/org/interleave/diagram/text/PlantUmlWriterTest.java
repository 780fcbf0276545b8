// Tests the PlantUML export: golden files of a seed scenario, completeness, and escaping of PlantUML's markup.
package org.interleave.diagram.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.diagram.Golden;
import org.interleave.diagram.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlantUmlWriterTest {
    @ParameterizedTest
    @ValueSource(strings = {"none", "for-update"})
    void matchesTheGoldenFile(String protection) throws Exception {
        Golden.assertMatches("credits-lost-update." + protection + ".puml", PlantUmlWriter.write(Runs.input("credits-lost-update", protection)));
    }

    @Test
    void isCompleteWaitsErrorsCommitsNotesAndVerdict() {
        String forUpdate = PlantUmlWriter.write(Runs.input("credits-lost-update", "for-update"));
        assertTrue(forUpdate.startsWith("@startuml\n") && forUpdate.endsWith("@enduml\n"));
        assertTrue(forUpdate.contains("participant \"T1 · customer pays 100 credits\" as T1\ndatabase \"Database\" as Database\n"
                + "participant \"T2 · shop buys a Longsword (50)\" as T2\n"));
        assertTrue(forUpdate.contains("hnote over Database, T2 #FFEFC2 : T2 is waiting for T1's lock"));
        assertTrue(forUpdate.contains("Database -[#1A7F37]-> T2 : 5. lock granted after waiting since step 2, released by T1's COMMIT (step 4): balance = 1100"));
        assertTrue(forUpdate.contains("rnote over T1 #DAFBE1 : T1 committed"));
        assertTrue(forUpdate.contains("note over T1, T2 #E6F6EA\nSAFE — shop balance is 1050"));
        String aborted = PlantUmlWriter.write(Runs.input("credits-lost-update", "repeatable-read"));
        assertTrue(aborted.contains("T1 -[#CF222E]>x Database : 5. UPDATE accounts"), aborted);
        assertTrue(aborted.contains("ERROR serialization failure, SQLState 40001"));
        assertTrue(aborted.contains("note left of T1 #FFF8DC : Writes the balance it computed from what it read earlier."));
        assertTrue(aborted.contains("6. not run: T1 was aborted earlier"));
    }

    @Test
    void escapesCreoleMarkupTagsAndBackslashes() {
        assertEquals("SELECT 1 ~-- comment", PlantUmlWriter.escape("SELECT 1 -- comment"));
        assertEquals("&#60;color:red>x&#60;/color>", PlantUmlWriter.escape("<color:red>x</color>"));
        assertEquals("'C:<U+005C>&#8203;new'", PlantUmlWriter.escape("'C:\\new'"), "a backslash is shown, never read as \\n");
        assertEquals("a ~**b~** &#126;&#126; c", PlantUmlWriter.escape("a **b** ~~ c"));
        String sql = "UPDATE t SET a = 'end; #1 \"x\"'";
        assertEquals(sql, PlantUmlWriter.escape(sql), "; # quotes and end need no escaping in PlantUML text");
        assertFalse(PlantUmlWriter.escape("x\ny").contains("\n"));
    }
}
