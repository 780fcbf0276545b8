// A position in a scenario file (1-based line and column), so every problem can name its place.
package org.interleave.scenario;

public record Pos(int line, int column) {
    public static final Pos UNKNOWN = new Pos(1, 1);
}
