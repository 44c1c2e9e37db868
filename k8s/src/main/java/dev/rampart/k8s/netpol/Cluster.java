package dev.rampart.k8s.netpol;

import dev.rampart.model.Issue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything network analysis reads from a set of manifests: namespaces (every namespace a pod or
 * policy names exists, with at least its automatic name label), pods (one per workload, from pod
 * templates), NetworkPolicies and the admin tiers.
 *
 * @param issues what was skipped or approximated while loading (IPv6 blocks, node peers, ...)
 */
public record Cluster(Map<String, Namespace> namespaces, List<Pod> pods, List<NetworkPolicy> policies,
        List<AdminPolicy> adminPolicies, @Nullable AdminPolicy baseline, List<Issue> issues) {

    public Cluster {
        Map<String, Namespace> ns = new LinkedHashMap<>(namespaces);
        for (Pod p : pods) {
            ns.putIfAbsent(p.namespace(), new Namespace(p.namespace(), Map.of()));
        }
        for (NetworkPolicy np : policies) {
            ns.putIfAbsent(np.namespace(), new Namespace(np.namespace(), Map.of()));
        }
        namespaces = Map.copyOf(ns);
        pods = List.copyOf(pods);
        policies = List.copyOf(policies);
        adminPolicies = List.copyOf(adminPolicies);
        issues = List.copyOf(issues);
    }

    public Namespace namespace(String name) {
        Namespace ns = namespaces.get(name);
        if (ns == null) {
            throw new IllegalArgumentException("namespace '" + name + "' is not in the cluster");
        }
        return ns;
    }
}
