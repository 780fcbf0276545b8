// One thing wrong with a scenario file, printed as file:line:column: message.
package org.interleave.scenario;

public record Problem(String file, Pos pos, String message) {
    /** One line, whatever the file put into the name or the message: a line break of its own could forge another line. */
    @Override
    public String toString() {
        return oneLine(file) + ":" + pos.line() + ":" + pos.column() + ": " + oneLine(message);
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029') b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
