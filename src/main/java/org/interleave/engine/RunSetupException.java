// A run could not start: the database could not be created or a setup statement failed.
package org.interleave.engine;

public final class RunSetupException extends Exception {
    public RunSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
