// The colours, strokes and corner radii of each role, as toolkit-free ARGB values, shared by every painter.
package org.interleave.diagram;

public final class DiagramStyle {
    /** No paint: the part is not filled or not outlined. */
    public static final int NONE = 0;

    private DiagramStyle() {}

    public static int background() {
        return 0xFFFFFFFF;
    }

    /** The fill of a box or table of this role, or {@link #NONE}. */
    public static int fill(Role role) {
        switch (role) {
            case BACKGROUND: return background();
            case LANE_HEADER: return 0xFFE7F0FD;
            case DATABASE_HEADER: return 0xFFEDEFF3;
            case ACTIVATION: return 0xFFD4E3FB;
            case LOCK_TRACK: return 0xFFE0A526;
            case STEP_NUMBER: return 0xFF3A4654;
            case WAIT: return 0xFFFFEFC2;
            case RELEASED: return 0xFFDFF5E3;
            case ERROR: return 0xFFFFE5E3;
            case SKIPPED: return 0xFFF2F3F5;
            case COMMIT: return 0xFF2DA44E;
            case ROLLBACK: return 0xFFCF222E;
            case CRASH: return 0xFF82071E;
            case NOTE: return 0xFFFFF8DC;
            case SETUP: return 0xFFF6F8FA;
            case RESULT_TABLE: return 0xFFFFFFFF;
            case VERDICT_ANOMALY: return 0xFFFFEBE9;
            case VERDICT_SAFE: return 0xFFE6F6EA;
            case VERDICT_ABORTED: return 0xFFFFF4D6;
            case VERDICT_PENDING: return 0xFFF6F8FA;
            default: return NONE;
        }
    }

    /** The outline of a box, or the colour of a line, of this role, or {@link #NONE}. */
    public static int stroke(Role role) {
        switch (role) {
            case LANE_HEADER: return 0xFF3B6FD8;
            case DATABASE_HEADER: return 0xFF4A5563;
            case LIFELINE: return 0xFF9AA5B1;
            case DATABASE_LIFELINE: return 0xFF6B7683;
            case ACTIVATION: return 0xFF3B6FD8;
            case LOCK_TRACK: return 0xFF9A6700;
            case REQUEST: return 0xFF24292F;
            case RESULT: return 0xFF1F4E79;
            case WAIT: return 0xFFC98500;
            case RELEASED: return 0xFF1A7F37;
            case ERROR: return 0xFFCF222E;
            case SKIPPED: return 0xFFA0A8B1;
            case RELEASE_LINK: return 0xFF1A7F37;
            case DEADLOCK: return 0xFFCF222E;
            case COMMIT: return 0xFF1A7F37;
            case ROLLBACK: return 0xFFA40E26;
            case CRASH: return 0xFF4C0519;
            case NOTE: return 0xFFD4A72C;
            case SETUP: return 0xFFC4CCD5;
            case RESULT_TABLE: return 0xFF8C959F;
            case VERDICT_ANOMALY: return 0xFFCF222E;
            case VERDICT_SAFE: return 0xFF1A7F37;
            case VERDICT_ABORTED: return 0xFFBF8700;
            case VERDICT_PENDING: return 0xFF8C959F;
            default: return NONE;
        }
    }

    /** The colour of text of this role. */
    public static int text(Role role) {
        switch (role) {
            case TITLE: return 0xFF1B1F24;
            case SUBTITLE: return 0xFF57606A;
            case LANE_HEADER: return 0xFF0B2E6F;
            case DATABASE_HEADER: return 0xFF24292F;
            case STEP_NUMBER: return 0xFFFFFFFF;
            case REQUEST: return 0xFF1B1F24;
            case BIND: return 0xFF8250DF;
            case RESULT: return 0xFF1F4E79;
            case WRITTEN: return 0xFF0B3D66;
            case LOCK_TAKEN: return 0xFF7A4D00;
            case SURPRISE: return 0xFF6E40C9;
            case WAIT: return 0xFF7A4D00;
            case RELEASED: return 0xFF116329;
            case ERROR: return 0xFFB3131F;
            case DEADLOCK: return 0xFFB3131F;
            case RELEASE_LINK: return 0xFF116329;
            case SKIPPED: return 0xFF59636E; // grey for "not run", still 5:1 on its box (it was 3:1)
            case COMMIT: return 0xFF1A7F37;
            case ROLLBACK: return 0xFFB3131F;
            case CRASH: return 0xFF82071E;
            case NOTE: return 0xFF4D3B00;
            case SETUP: return 0xFF3A4654;
            case RESULT_TABLE: return 0xFF24292F;
            case VERDICT_ANOMALY: return 0xFF9A0E1A;
            case VERDICT_SAFE: return 0xFF116329;
            case VERDICT_ABORTED: return 0xFF7A4D00;
            case VERDICT_PENDING: return 0xFF57606A;
            case CAVEAT: return 0xFF57606A;
            default: return 0xFF24292F;
        }
    }

    /** The width of outlines and lines of this role, in diagram pixels. */
    public static double strokeWidth(Role role) {
        switch (role) {
            case LIFELINE: return 1.5;
            case DATABASE_LIFELINE: return 3;
            case REQUEST: case RESULT: case RELEASED: case SKIPPED: return 1.6;
            case ERROR: case WAIT: case DEADLOCK: return 2;
            case RELEASE_LINK: return 1.8;
            case VERDICT_ANOMALY: case VERDICT_SAFE: case VERDICT_ABORTED: case VERDICT_PENDING: return 2.5;
            case LANE_HEADER: case DATABASE_HEADER: return 1.8;
            default: return 1.2;
        }
    }

    /** The dash pattern of dashed lines of this role (on, off), in diagram pixels. */
    public static double[] dash(Role role) {
        if (role == Role.LIFELINE || role == Role.DATABASE_LIFELINE) return new double[] {6, 5};
        if (role == Role.WAIT) return new double[] {3, 4};
        return new double[] {7, 4};
    }

    /** The corner radius of a rounded box of this role with the given size. */
    public static double cornerRadius(Role role, double width, double height) {
        if (role == Role.STEP_NUMBER) return Math.min(width, height) / 2;
        if (role == Role.ACTIVATION || role == Role.COMMIT || role == Role.ROLLBACK || role == Role.CRASH) return 2;
        return 8;
    }

    /** The size of arrow heads and crosses, in diagram pixels. */
    public static double headSize() {
        return 10;
    }
}
