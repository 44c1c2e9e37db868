package dev.rampart.runtime.events;

/** The shape of one input line. */
public enum EventFormat {
    /** Keys are Falco field names: {@code {"evt.type": "openat", "proc.name": "cat"}} (syscall source). */
    FIELD_MAP,
    /** Rampart's runtime event schema (docs/runtime-events.md), translated to fields (syscall source). */
    RAMPART,
    /** A Kubernetes audit event, or an {@code EventList} of them as the webhook backend posts (k8s_audit source). */
    K8S_AUDIT,
    /** Decided per line: an audit event, a Rampart event (has {@code process}), else a field map. */
    AUTO
}
