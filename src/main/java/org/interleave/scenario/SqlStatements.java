// Splits a block of SQL into its statements at semicolons outside quotes, dollar quotes and comments, keeping where each starts.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.List;

public final class SqlStatements {
    /** One statement of a block and the offset of its first character within the block. */
    record Statement(String text, int offset) {}

    private SqlStatements() {}

    /** The statements of {@code block}, each stripped, without their semicolons. */
    public static List<String> texts(String block) {
        return split(block).stream().map(Statement::text).toList();
    }

    static List<Statement> split(String block) {
        List<Statement> result = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < block.length()) {
            char c = block.charAt(i);
            if (c == '\'' || c == '"') {
                i = closing(block, i, c);
            } else if (c == '-' && i + 1 < block.length() && block.charAt(i + 1) == '-') {
                int nl = block.indexOf('\n', i);
                i = nl < 0 ? block.length() : nl + 1;
            } else if (c == '/' && i + 1 < block.length() && block.charAt(i + 1) == '*') {
                int end = block.indexOf("*/", i + 2);
                i = end < 0 ? block.length() : end + 2;
            } else if (c == '$') {
                String tag = dollarTag(block, i);
                if (tag == null) {
                    i++;
                } else {
                    int end = block.indexOf(tag, i + tag.length());
                    i = end < 0 ? block.length() : end + tag.length();
                }
            } else if (c == ';') {
                add(result, block, start, i);
                start = ++i;
            } else {
                i++;
            }
        }
        add(result, block, start, block.length());
        return result;
    }

    private static void add(List<Statement> result, String block, int from, int to) {
        String text = block.substring(from, Math.min(to, block.length()));
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) lead++;
        String stripped = text.strip();
        if (!stripped.isEmpty()) result.add(new Statement(stripped, from + lead));
    }

    private static int closing(String s, int at, char quote) {
        int i = at + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) i += 2; // a doubled quote is part of the text
                else return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** "$tag$" or "$$" at {@code at}, else null (a positional parameter such as $1). */
    private static String dollarTag(String s, int at) {
        int i = at + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        if (i < s.length() && s.charAt(i) == '$' && (i == at + 1 || !Character.isDigit(s.charAt(at + 1)))) return s.substring(at, i + 1);
        return null;
    }
}
