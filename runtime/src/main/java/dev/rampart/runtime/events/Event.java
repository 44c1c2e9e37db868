package dev.rampart.runtime.events;

/**
 * One event to match rules against. Implementations are immutable once built and read their
 * field values through {@link FieldRef}s compiled for their source.
 */
public interface Event {

    /** The source this event belongs to: {@code syscall} or {@code k8s_audit}. */
    String source();

    /**
     * The index of the event type in {@link dev.rampart.runtime.fields.EventTypes#syscall()}, or -1
     * when the type is unknown or the source has no event types.
     */
    int typeIndex();

    /** Time of the event in nanoseconds since the epoch, or 0 when unknown. */
    long timestampNanos();

    /** Whether this is the enter half of a system call ({@code evt.dir = >}), which Falco no longer evaluates. */
    boolean isEnter();
}
