// One statement of a text sequence diagram (participant, message or note), before any syntax or escaping.
package org.interleave.diagram.text;

import java.util.List;

public sealed interface ScriptItem {
    /** What an item means, so each syntax can colour or mark it. */
    enum Tone { INFO, SETUP, NARRATION, WAIT, COMMIT, ROLLBACK, SKIPPED, ANOMALY, SAFE, ABORTED, PENDING,
        /** A step that did not do what the scenario file expected of it. */
        SURPRISE }

    enum Arrow { REQUEST, RESULT, RELEASED, FAILED_REQUEST, FAILED_RESULT }

    enum Placement { OVER, LEFT_OF, RIGHT_OF }

    /** A lifeline: a lane (id, label) or the Database. */
    record Participant(String id, String label, boolean database) implements ScriptItem {}

    record Message(String from, String to, Arrow arrow, String text) implements ScriptItem {}

    /** The lock track: the lane's lifeline marked from the step that took a row lock ({@code on}) to its transaction's end. */
    record Activation(String lane, boolean on) implements ScriptItem {}

    /** A note over one or two participants (both ends of a span), or beside one; one entry per line. */
    record Note(Placement placement, List<String> over, List<String> lines, Tone tone) implements ScriptItem {}
}
