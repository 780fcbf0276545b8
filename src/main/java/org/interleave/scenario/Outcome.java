// What a run of a scenario shows: the anomaly, a safe result, or a safe result bought with an aborted lane.
package org.interleave.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum Outcome {
    /** At least one check fails: the business rule was broken. */
    ANOMALY("anomaly"),
    /** Every check holds and no lane was aborted. */
    SAFE("safe"),
    /** Every check holds, but a lane was stopped by an error (serialization failure, deadlock, constraint). */
    ABORTED("aborted");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Outcome> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.word.equals(t)).findFirst();
    }

    /** The outcome in the words every place shows (the window, the diagram, exports, the CLI): "safe, at a price" for ABORTED. */
    public String headline() {
        return this == ABORTED ? "safe, at a price" : word;
    }

    public static String choices() {
        return Arrays.stream(values()).map(Outcome::word).collect(Collectors.joining(", "));
    }
}
