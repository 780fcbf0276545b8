// What a shape of the diagram stands for; renderers choose colours and strokes by role, never by position.
package org.interleave.diagram;

public enum Role {
    BACKGROUND,
    TITLE, SUBTITLE,
    LANE_HEADER, DATABASE_HEADER, LIFELINE, DATABASE_LIFELINE,
    /** The bar on a lane's lifeline while its transaction is open. */
    ACTIVATION,
    /** The lock track: a thin bar beside a lane's lifeline from the step that took a row lock to the end of its transaction. */
    LOCK_TRACK,
    /** The small numbered badge at the start of each step, matching the transcript's numbers. */
    STEP_NUMBER,
    REQUEST, BIND, RESULT, WAIT, RELEASED, ERROR, SKIPPED,
    /** The link from the COMMIT, ROLLBACK or failure that ended a lock holder to the step its end released. */
    RELEASE_LINK,
    /** A deadlock's cycle: who waits for whom when the database picks its victim. */
    DEADLOCK,
    /** What a data change wrote: "id 1: balance 1000 → 1100". */
    WRITTEN,
    /** A statement took row locks its transaction keeps: "T1 holds this row's lock until its transaction ends". */
    LOCK_TAKEN,
    /** A step that did not do what the scenario file expected of it on this engine: "≠ expected to wait for T1, but ...". */
    SURPRISE,
    COMMIT, ROLLBACK, CRASH,
    NOTE, SETUP,
    RESULT_TABLE,
    VERDICT_ANOMALY, VERDICT_SAFE, VERDICT_ABORTED, VERDICT_PENDING, CAVEAT
}
