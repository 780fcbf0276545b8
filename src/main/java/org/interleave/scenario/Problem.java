// One thing wrong with a scenario file, printed as file:line:column: message.
package org.interleave.scenario;

public record Problem(String file, Pos pos, String message) {
    @Override
    public String toString() {
        return file + ":" + pos.line() + ":" + pos.column() + ": " + message;
    }
}
