// Hears what a replay session does: a fresh run started (on reset, step back or replay) and each event of it.
package org.interleave.engine;

public interface SessionListener {
    void runStarted(Run run);

    void onEvent(Run run, RunEvent event);
}
