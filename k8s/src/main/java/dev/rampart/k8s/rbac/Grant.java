package dev.rampart.k8s.rbac;

import org.jspecify.annotations.Nullable;

/**
 * The path by which a subject holds a permission: binding → role → rule.
 *
 * @param namespace where the grant applies; null for cluster-wide (a ClusterRoleBinding)
 */
public record Grant(Subject subject, Binding binding, Role role, PolicyRule rule, @Nullable String namespace) {
    /** {@code RoleBinding ns/b -> ClusterRole edit: verbs=... }. */
    public String path() {
        return binding + " -> " + role.ref() + ": " + rule;
    }
}
