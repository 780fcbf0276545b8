// Receives the events of a run; called on the thread that made the event (a lane worker or the stepping thread).
package org.interleave.engine;

@FunctionalInterface
public interface RunListener {
    RunListener NONE = e -> {};

    void onEvent(RunEvent event);
}
