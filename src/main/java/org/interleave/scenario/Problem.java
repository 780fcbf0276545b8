// One thing wrong with a scenario file, printed as file:line:column: message.
package org.interleave.scenario;

public record Problem(String file, Pos pos, String message) {
    /** One line, whatever the file put into the name or the message: a line break of its own could forge another line. */
    @Override
    public String toString() {
        return oneLine(file) + ":" + pos.line() + ":" + pos.column() + ": " + oneLine(message);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\u2028", " ").replace("\u2029", " ");
    }
}
