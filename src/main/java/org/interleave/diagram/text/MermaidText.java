// Escapes text for Mermaid sequence diagrams with Mermaid entity codes, and makes participant ids safe.
package org.interleave.diagram.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mermaid's sequence lexer ends message and note text at {@code ;}, {@code #} and newlines, and reads words such as
 * {@code end} as keywords where a statement starts. Before parsing, Mermaid turns every {@code #name;} or
 * {@code #123;} into a placeholder and after rendering into the HTML entity, so entity codes are the way to write
 * these characters: {@code ;} becomes {@code #59;}, {@code #} becomes {@code #35;}, {@code "} becomes {@code #quot;}.
 * {@code :} is coded when the line holds "style" or "classDef", whose pre-pass ({@code style.*:\S*#.*;}) would
 * otherwise eat a code's semicolon;
 * {@code <}, {@code >} and {@code &} are coded so the text is never read as HTML; {@code %} so {@code %%} is never a
 * comment. A whole word {@code end} gets its first letter coded ({@code #101;nd}): it shows as "end" but can never
 * be read as the keyword.
 */
public final class MermaidText {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final List<String> KEYWORDS = List.of("participant", "actor", "create", "destroy", "box", "loop", "rect", "opt",
            "alt", "else", "par", "and", "critical", "option", "break", "end", "left", "right", "links", "link", "properties",
            "details", "over", "note", "activate", "deactivate", "title", "acc", "sequencediagram", "autonumber", "off");

    private MermaidText() {}

    /** Text safe after {@code :} in a message or note; newlines become spaces. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** The same, also coding {@code :} as {@code #58;} when {@code codeColons}. */
    public static String escape(String text, boolean codeColons) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'e' || c == 'E') && isWordEnd(text, i)) {
                b.append(c == 'e' ? "#101;" : "#69;");
                continue;
            }
            switch (c) {
                case ';': b.append("#59;"); break;
                case '#': b.append("#35;"); break;
                case '"': b.append("#quot;"); break;
                case ':': b.append(codeColons ? "#58;" : ":"); break;
                case '<': b.append("#lt;"); break;
                case '>': b.append("#gt;"); break;
                case '&': b.append("#amp;"); break;
                case '%': b.append("#37;"); break;
                case '\n': case '\r': case '\t': b.append(' '); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the word "end" (any case) starts at {@code i} and stands alone. */
    private static boolean isWordEnd(String text, int i) {
        if (i + 3 > text.length() || !text.substring(i, i + 3).equalsIgnoreCase("end")) return false;
        boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_';
        boolean endsWord = i + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)) && text.charAt(i + 3) != '_';
        return startsWord && endsWord;
    }

    /** True when Mermaid's style/classDef pre-pass could touch the line, so its colons must be coded. */
    public static boolean needsColonCodes(String line) {
        return line.contains("style") || line.contains("classDef");
    }

    /** The id itself when Mermaid reads it as a plain participant name, else null (the caller gives an alias). */
    public static String plainId(String id) {
        if (!SAFE_ID.matcher(id).matches()) return null;
        String lower = id.toLowerCase(Locale.ROOT);
        for (String k : KEYWORDS) if (lower.startsWith(k)) return null;
        return id;
    }
}
