// Where the latest export or copy stands; each state is a CSS pseudo-class of the export status line.
package org.interleave.ui.export;

import java.util.Locale;
import javafx.css.PseudoClass;

public enum ExportState {
    /** Nothing exported yet (or a new scenario was opened). */
    IDLE,
    WORKING,
    DONE,
    /** The user kept an existing file: nothing was written. */
    KEPT,
    FAILED;

    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT));

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
