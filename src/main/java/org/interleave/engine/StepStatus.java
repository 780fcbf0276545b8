// What became of an issued step.
package org.interleave.engine;

public enum StepStatus {
    COMPLETED, WAITING, FAILED, SKIPPED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
