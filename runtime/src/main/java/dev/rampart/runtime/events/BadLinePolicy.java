package dev.rampart.runtime.events;

/** What to do with a line that is not a valid event. */
public enum BadLinePolicy {
    /** Skip it and count it (the default: one bad line should not stop detection). */
    SKIP,
    /** Stop the run with a {@link BadEventException} naming the line. */
    FAIL
}
