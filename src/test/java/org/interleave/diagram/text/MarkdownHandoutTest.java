// Tests the Markdown handout: story, setup SQL, the Mermaid diagram, every step, the verdict and the comparison.
package org.interleave.diagram.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.Runs;
import org.interleave.TestEngines;
import org.interleave.engine.RunEvent;
import org.interleave.engine.RunRecord;
import org.junit.jupiter.api.Test;

class MarkdownHandoutTest {
    @Test
    void hasEveryPartOfTheHandout() {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        String md = MarkdownHandout.write(in, List.of(Runs.record("credits-lost-update", "none")));
        assertTrue(md.startsWith("# Shop credits — lost update\n"));
        assertTrue(md.contains("## The story\n\nThe shop \"Fallen Stars\" has 1000 credits."), "the story");
        assertTrue(md.contains("```sql\nCREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, balance INT NOT NULL);\n"
                + "INSERT INTO accounts VALUES (1, 'Fallen Stars', 1000);\n```"), "the setup SQL");
        assertTrue(md.contains("```mermaid\n" + MermaidWriter.write(in) + "```"), "the diagram as Mermaid");
        for (RunEvent e : in.events()) assertTrue(md.contains("\n| " + e.sequence() + " | " + e.lane() + " | "), "step " + e.sequence() + " in the table");
        assertTrue(md.contains("| `UPDATE accounts SET balance = :cur_balance + 100 WHERE id = 1 [:cur_balance = 1000]` | 1 row changed |"));
        assertTrue(md.contains("⏳ waiting for T1's lock"));
        assertTrue(md.contains("**SAFE** — shop balance is 1050, as expected: no lost update"));
        assertTrue(md.contains("✓ shop balance: expected 1050, actual 1050 (holds)"));
        assertTrue(md.contains("| No protection | **anomaly** — shop balance is 1100, expected 1050: lost update |"), md);
        assertTrue(md.contains("With Pessimistic lock (SELECT ... FOR UPDATE) the outcome is **safe**; without protection it is **anomaly**."), md);
    }

    @Test
    void theUnprotectedHandoutComparesEveryProtection() {
        RunRecord none = Runs.record("credits-lost-update", "none");
        List<RunRecord> others = HandoutComparison.others(none.plan(), TestEngines.h2(), null);
        String md = MarkdownHandout.write(DiagramInput.of(none), others);
        assertTrue(md.contains("| No protection *(this run)* | **anomaly**"));
        assertTrue(md.contains("| Ledger (insert-only) | **safe**"), md);
        assertTrue(md.contains("| REPEATABLE READ for both | **safe, at a price**"), md);
        assertFalse(md.contains("> **Caveat:**"), "the unprotected run states no caveat");
    }

    @Test
    void pipesAndBackticksInSqlDoNotBreakTheTable() {
        assertEquals("`SELECT a \\|\\| b FROM t`", MarkdownHandout.code("SELECT a || b FROM t"));
        assertEquals("`` SELECT `x` FROM t ``", MarkdownHandout.code("SELECT `x` FROM t"));
    }

    @Test
    void wordsFromAFileCannotBecomeAnImageOrALinkInTheHandout() {
        String text = MarkdownHandout.inline("Shop ![t](http://example.org/x.png) [click](http://example.org) <img src=x> `code`");
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("![") || java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(text).find()
                || text.contains("<img"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("\\[t\\]") && text.contains("&lt;img"), text);
    }
}
