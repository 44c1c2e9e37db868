package dev.rampart.k8s.rbac;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One risky grant: who holds it, where, and the path that grants it (binding, role, rule; for an
 * escalation path, every hop).
 *
 * @param namespace where it applies; null for cluster-wide
 */
public record RiskFinding(RiskRule rule, Subject subject, @Nullable String namespace, String message, List<String> path) {
    public RiskFinding {
        path = List.copyOf(path);
    }
}
