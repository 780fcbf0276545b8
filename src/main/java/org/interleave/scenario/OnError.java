// What a lane's application does after one of its statements fails: roll back (the default), or go on issuing its statements.
package org.interleave.scenario;

public enum OnError {
    /** The application rolls the transaction back; the lane's remaining steps are not run. */
    ROLLBACK("rollback"),
    /** The lane keeps issuing its statements, as isolationtester's sessions do; the database answers each one. */
    CONTINUE("continue");

    private final String word;

    OnError(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static java.util.Optional<OnError> parse(String text) {
        return java.util.Arrays.stream(values()).filter(o -> o.word.equals(text)).findFirst();
    }
}
