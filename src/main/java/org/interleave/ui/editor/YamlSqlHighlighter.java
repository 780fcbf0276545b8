// Colours a scenario file's text: YAML keys, comments and quoted text, and the SQL keywords inside it.
package org.interleave.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

final class YamlSqlHighlighter {
    private static final String SQL_WORDS = "SELECT|FROM|WHERE|UPDATE|SET|INSERT|INTO|VALUES|DELETE|MERGE|USING|MATCHED|WHEN|THEN|NOT|AND|OR"
            + "|COMMIT|ROLLBACK|BEGIN|START|TRANSACTION|SAVEPOINT|FOR|SHARE|NOWAIT|SKIP|LOCKED|CREATE|TABLE|ALTER|ADD|CONSTRAINT|PRIMARY"
            + "|KEY|UNIQUE|CHECK|REFERENCES|INT|INTEGER|VARCHAR|TEXT|BOOLEAN|NULL|DEFAULT|ON|CONFLICT|DO|NOTHING|ORDER|BY|GROUP|COUNT|SUM"
            + "|AS|IN|IS|ISOLATION|LEVEL|READ|COMMITTED|REPEATABLE|SERIALIZABLE|SNAPSHOT|INDEX|RETURNING|JOIN|LIMIT";
    /** Earlier groups win where two could match; each group's name is its style class. */
    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>(?m)(?<=^|\\s)#[^\\n]*)"
            + "|(?<key>(?m)^[ \\t]*(?:- )?[A-Za-z_][A-Za-z0-9_.-]*(?=:(?:\\s|$)))"
            + "|(?<string>(?<=^|[\\s:\\[{,])(?:\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*'))"
            + "|(?<sql>\\b(?:" + SQL_WORDS + ")\\b)"); // upper case only: the prose of a story says "in" and "for" too
    private static final List<String> GROUPS = List.of("comment", "key", "string", "sql");

    private YamlSqlHighlighter() {}

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = GROUPS.stream().filter(g -> m.group(g) != null).findFirst().orElse("plain");
            spans.add(List.of(), m.start() - last);
            spans.add(List.of("yaml-" + style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
