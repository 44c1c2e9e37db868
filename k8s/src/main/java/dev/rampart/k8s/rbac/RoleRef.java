package dev.rampart.k8s.rbac;

import org.jspecify.annotations.Nullable;

/**
 * Names a Role ({@code namespace} set) or a ClusterRole ({@code namespace} null).
 */
public record RoleRef(Kind kind, @Nullable String namespace, String name) {
    public enum Kind { ROLE, CLUSTER_ROLE }

    public static RoleRef clusterRole(String name) {
        return new RoleRef(Kind.CLUSTER_ROLE, null, name);
    }

    public static RoleRef role(String namespace, String name) {
        return new RoleRef(Kind.ROLE, namespace, name);
    }

    @Override
    public String toString() {
        return kind == Kind.ROLE ? "Role " + namespace + "/" + name : "ClusterRole " + name;
    }
}
