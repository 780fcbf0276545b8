// Process-wide protections set once at launch, before any scenario file is read.
package org.interleave;

import java.io.ObjectInputFilter;

public final class ProcessHardening {
    private ProcessHardening() {}

    /**
     * Refuses every Java deserialization in this JVM. Interleave never needs one, and a database driver that turns
     * a value from a scenario file into a Java object would otherwise build whatever classes the bytes name.
     */
    public static synchronized void refuseDeserialization() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == REJECT_ALL) return;
        if (current != null) throw new IllegalStateException("a different process-wide deserialization filter is already set: " + current);
        ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
    }

    private static final ObjectInputFilter REJECT_ALL = new ObjectInputFilter() {
        @Override
        public Status checkInput(FilterInfo info) {
            return Status.REJECTED;
        }

        @Override
        public String toString() {
            return "Interleave: no deserialization";
        }
    };
}
