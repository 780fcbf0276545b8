// Scans SQL text in one pass, without recursion: its bare words (outside literals, quoted names and comments) and nesting depth.
package org.interleave.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * @param words    the words outside string literals, quoted identifiers and comments, upper-cased, in order
 * @param maxDepth the deepest nesting of parentheses
 */
public record SqlText(List<String> words, int maxDepth) {

    public static SqlText scan(String sql) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int maxDepth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                boolean backslashEscapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !isWordChar(sql.charAt(i - 2)));
                i = closing(sql, i, '\'', backslashEscapes);
            } else if (c == '"' || c == '`') {
                i = closing(sql, i, c, false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '#' ) {
                // MariaDB's line comment; elsewhere not valid outside literals, so skipping it hides nothing that runs
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? n : end + tag.length();
            } else if (c == '(') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
                i++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && isWordChar(sql.charAt(j))) j++;
                words.add(sql.substring(i, j).toUpperCase(Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
        return new SqlText(List.copyOf(words), maxDepth);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The index after the literal or quoted name that starts at {@code start}; a doubled quote stays inside. */
    private static int closing(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    /** Block comments nest in PostgreSQL; counting them nested hides nothing on the engines that do not nest them. */
    private static int blockCommentEnd(String sql, int start) {
        int nesting = 0;
        int i = start;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                nesting++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                nesting--;
                i += 2;
                if (nesting == 0) return i;
            } else {
                i++;
            }
        }
        return n;
    }

    /** PostgreSQL's dollar quote opening at {@code i} ($$ or $tag$), or null. */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && isWordChar(sql.charAt(i - 1))) return null;
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }
}
