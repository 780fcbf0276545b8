// Where a lane's transaction stands, as shown in its header.
package org.interleave.engine;

public enum LaneState {
    NOT_STARTED("not started", true),
    ACTIVE("active", true),
    WAITING("waiting", true),
    COMMITTED("committed", false),
    ROLLED_BACK("rolled back", false),
    ABORTED("aborted", false),
    CRASHED("crashed", false);

    private final String words;
    private final boolean open;

    LaneState(String words, boolean open) {
        this.words = words;
        this.open = open;
    }

    public String words() {
        return words;
    }

    /** True while the lane may still hold locks or take steps. */
    public boolean open() {
        return open;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
