// Text from a scenario file made safe for a terminal: no escape sequence, carriage return or line break of its own.
package org.interleave.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

public final class TerminalText {
    private TerminalText() {}

    /** A writer that passes text on with every control character but line breaks and tabs made visible. */
    static PrintWriter guarded(PrintWriter out) {
        return new PrintWriter(new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(visible((char) c));
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                write(new String(chars, off, len), 0, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                String part = s.substring(off, off + len);
                StringBuilder b = new StringBuilder(part.length());
                for (int i = 0; i < part.length(); i++) b.append(visible(part.charAt(i)));
                out.write(b.toString());
            }
        }, true);
    }

    private static String visible(char c) {
        boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
        return control ? String.format("\\x%02x", (int) c) : String.valueOf(c);
    }

    /** One line: every run of white space, line breaks included, becomes one space. */
    public static String one(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u2028\\u2029\\u0085]+", " ").strip();
    }

    /**
     * Replaces every control character (C0, DEL and C1, which include ESC, CR and line breaks) with a visible
     * escape such as {@code \x1b}: a title cannot set the terminal's title, erase a line, or forge an output line.
     */
    public static String clean(String text) {
        if (text == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control) {
                if (b == null) b = new StringBuilder(text.substring(0, i));
                b.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : String.format("\\x%02x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }
}
