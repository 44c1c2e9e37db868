package dev.rampart.k8s.rbac;

import dev.rampart.k8s.LabelSelector;
import java.util.List;
import java.util.Map;

/**
 * A Role or ClusterRole. A ClusterRole with an aggregation rule has its rules replaced by the union of
 * the rules of every ClusterRole matching any of its selectors (see {@link RbacModel}).
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles
 *
 * @param aggregation the {@code aggregationRule.clusterRoleSelectors}; empty when not aggregated
 */
public record Role(RoleRef ref, Map<String, String> labels, List<PolicyRule> rules, List<LabelSelector> aggregation,
        boolean aggregated) {
    public Role {
        labels = Map.copyOf(labels);
        rules = List.copyOf(rules);
        aggregation = List.copyOf(aggregation);
    }
}
