package dev.rampart.runtime.events;

import dev.rampart.runtime.condition.ConditionCompiler;
import dev.rampart.runtime.fields.FieldCatalog;

/** The event sources Rampart evaluates and, for each, how its fields are read. */
public final class EventSources {
    public static final String SYSCALL = "syscall";
    public static final String K8S_AUDIT = "k8s_audit";

    private EventSources() {}

    public static boolean isKnown(String source) {
        return FieldCatalog.sources().contains(source);
    }

    /** The extractor factory for a known source. */
    public static ConditionCompiler.ExtractorFactory extractors(String source) {
        return switch (source) {
            case SYSCALL -> FieldMapFields::extractor;
            case K8S_AUDIT -> K8sAuditFields::timeAware;
            default -> throw new IllegalArgumentException("unknown event source '" + source + "'");
        };
    }
}
