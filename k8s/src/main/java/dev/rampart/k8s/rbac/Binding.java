package dev.rampart.k8s.rbac;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A RoleBinding ({@code namespace} set: grants the role's rules in that namespace only, never for
 * cluster-scoped resources or non-resource URLs) or a ClusterRoleBinding ({@code namespace} null: grants
 * everywhere).
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding
 */
public record Binding(@Nullable String namespace, String name, RoleRef roleRef, List<Subject> subjects) {
    public Binding {
        subjects = List.copyOf(subjects);
    }

    public boolean isClusterBinding() {
        return namespace == null;
    }

    @Override
    public String toString() {
        return namespace == null ? "ClusterRoleBinding " + name : "RoleBinding " + namespace + "/" + name;
    }
}
