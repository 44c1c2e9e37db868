package dev.rampart.k8s.rbac;

import dev.rampart.k8s.LabelSelector;
import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roles and bindings after ClusterRole aggregation. The aggregation controller replaces the rules of
 * every ClusterRole with an {@code aggregationRule} by the union of the rules of all ClusterRoles whose
 * labels match any of its selectors; aggregated roles feed others ({@code view} into {@code edit} into
 * {@code admin}), so this is repeated until nothing changes.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles
 */
public final class RbacModel {
    private final Map<RoleRef, Role> roles;
    private final List<Binding> bindings;
    private final List<Issue> issues;

    public RbacModel(List<Role> roles, List<Binding> bindings, List<Issue> issues) {
        Map<RoleRef, Role> byRef = new LinkedHashMap<>();
        for (Role r : roles) {
            byRef.put(r.ref(), r);
        }
        this.roles = aggregate(byRef);
        this.bindings = List.copyOf(bindings);
        List<Issue> all = new ArrayList<>(issues);
        for (Binding b : bindings) {
            if (!this.roles.containsKey(resolve(b))) {
                all.add(new Issue(b.toString(), "references " + resolve(b) + ", which is not in the manifests; it grants nothing here"));
            }
        }
        this.issues = List.copyOf(all);
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public Map<RoleRef, Role> roles() {
        return roles;
    }

    public List<Issue> issues() {
        return issues;
    }

    /** The role a binding points at: a RoleBinding's {@code Role} lives in the binding's namespace. */
    public static RoleRef resolve(Binding b) {
        RoleRef r = b.roleRef();
        return r.kind() == RoleRef.Kind.ROLE ? RoleRef.role(b.namespace() == null ? "" : b.namespace(), r.name()) : r;
    }

    public Optional<Role> role(RoleRef ref) {
        return Optional.ofNullable(roles.get(ref));
    }

    private static Map<RoleRef, Role> aggregate(Map<RoleRef, Role> in) {
        Map<RoleRef, Role> cur = new LinkedHashMap<>(in);
        for (int round = 0; round <= in.size(); round++) {
            boolean changed = false;
            for (Role r : List.copyOf(cur.values())) {
                if (r.aggregation().isEmpty()) {
                    continue;
                }
                Set<PolicyRule> rules = new LinkedHashSet<>();
                for (Role other : cur.values()) {
                    if (other.ref().kind() != RoleRef.Kind.CLUSTER_ROLE || other.ref().equals(r.ref())) {
                        continue;
                    }
                    for (LabelSelector s : r.aggregation()) {
                        if (s.matches(other.labels())) {
                            rules.addAll(other.rules());
                            break;
                        }
                    }
                }
                List<PolicyRule> next = List.copyOf(rules);
                if (!r.aggregated() || !next.equals(r.rules())) {
                    cur.put(r.ref(), new Role(r.ref(), r.labels(), next, r.aggregation(), true));
                    changed = changed || !next.equals(r.rules());
                }
            }
            if (!changed) {
                break;
            }
        }
        return Map.copyOf(cur);
    }
}
