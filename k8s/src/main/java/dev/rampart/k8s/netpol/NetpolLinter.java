package dev.rampart.k8s.netpol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks on the policies of a cluster, each named by its rule id:
 *
 * <ul>
 *   <li>{@code netpol-namespace-without-default-deny}: a namespace with pods has no policy that selects
 *       every pod ({@code podSelector: {}}) for Ingress without allowing anything, so new pods start open;
 *   <li>{@code netpol-policy-selects-no-pods}: a policy's podSelector matches no pod of its namespace;
 *   <li>{@code netpol-peer-selects-no-pods}: a rule peer selects no pod (a typo in a label?);
 *   <li>{@code netpol-rule-shadowed}: every connection a rule allows is already allowed by another rule
 *       of the same policy and direction (checked against the workloads and external ranges present);
 *   <li>{@code netpol-named-port-unresolved}: a named port that no pod of the cluster declares with that
 *       protocol, so it allows nothing;
 *   <li>{@code netpol-anp-equal-priority}: two AdminNetworkPolicies share a priority (undefined order).
 * </ul>
 *
 * <p>Spec for default deny: https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic
 */
public final class NetpolLinter {
    private NetpolLinter() {}

    public static LintReport lint(Reachability r) {
        Cluster c = r.cluster();
        List<LintFinding> out = new ArrayList<>();
        defaultDeny(c, out);
        for (NetworkPolicy np : c.policies()) {
            String obj = "NetworkPolicy " + np.qualifiedName();
            if (c.pods().stream().noneMatch(np::selects)) {
                out.add(new LintFinding("netpol-policy-selects-no-pods", LintFinding.Level.WARNING, obj,
                        "podSelector " + np.podSelector() + " matches no pod in namespace " + np.namespace()));
            }
            for (Direction d : Direction.values()) {
                List<NetworkPolicy.Rule> rules = np.rules(d);
                for (int i = 0; i < rules.size(); i++) {
                    peersSelectingNothing(r, np, d, i, rules.get(i), out);
                    namedPorts(c, obj, d, i, rules.get(i), out);
                    shadowed(r, np, d, i, out);
                }
            }
        }
        for (var issue : r.issues()) {
            if (issue.message().contains("same priority")) {
                out.add(new LintFinding("netpol-anp-equal-priority", LintFinding.Level.WARNING, issue.where(), issue.message()));
            }
        }
        out.sort(Comparator.comparing(LintFinding::rule).thenComparing(LintFinding::object).thenComparing(LintFinding::message));
        return new LintReport(out, r.issues());
    }

    private static void defaultDeny(Cluster c, List<LintFinding> out) {
        Set<String> withPods = new TreeSet<>();
        c.pods().forEach(p -> withPods.add(p.namespace()));
        for (String ns : withPods) {
            boolean denies = c.policies().stream().anyMatch(np -> np.namespace().equals(ns) && np.podSelector().isEmpty()
                    && np.affectsIngress() && np.ingress().isEmpty());
            if (!denies) {
                out.add(new LintFinding("netpol-namespace-without-default-deny", LintFinding.Level.WARNING, "Namespace " + ns,
                        "no default-deny ingress policy (podSelector: {}, policyTypes: [Ingress], no rules); pods not selected by a policy accept all traffic"));
            }
        }
    }

    private static void peersSelectingNothing(Reachability r, NetworkPolicy np, Direction d, int i, NetworkPolicy.Rule rule,
            List<LintFinding> out) {
        for (Peer p : rule.peers()) {
            if (!(p instanceof Peer.Pods pods)) {
                continue;
            }
            boolean any = false;
            for (Pod pod : r.cluster().pods()) {
                if (r.peerMatches(p, np.namespace(), new Endpoint.PodEndpoint(pod))) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                out.add(new LintFinding("netpol-peer-selects-no-pods", LintFinding.Level.WARNING, "NetworkPolicy " + np.qualifiedName(),
                        d.wireName + " rule #" + (i + 1) + ": peer (namespaceSelector " + (pods.namespaceSelector() == null ? "<policy namespace>" : pods.namespaceSelector())
                                + ", podSelector " + (pods.podSelector() == null ? "<all>" : pods.podSelector()) + ") selects no pod"));
            }
        }
    }

    private static void namedPorts(Cluster c, String obj, Direction d, int i, NetworkPolicy.Rule rule, List<LintFinding> out) {
        for (RulePort rp : rule.ports()) {
            if (rp.port() instanceof RulePort.Named n) {
                boolean declared = c.pods().stream().anyMatch(p -> !rp.resolve(p).isEmpty());
                if (!declared) {
                    out.add(new LintFinding("netpol-named-port-unresolved", LintFinding.Level.WARNING, obj,
                            d.wireName + " rule #" + (i + 1) + ": no pod declares a " + rp.protocol() + " container port named '" + n.name() + "'"));
                }
            }
        }
    }

    private static void shadowed(Reachability r, NetworkPolicy np, Direction d, int i, List<LintFinding> out) {
        List<NetworkPolicy.Rule> rules = np.rules(d);
        List<Endpoint> peers = new ArrayList<>(NetpolAnalyzer.pods(r));
        (d == Direction.INGRESS ? r.externalSources() : r.externalDestinations()).forEach(x -> peers.add(new Endpoint.External(x)));
        List<Pod> targets = r.cluster().pods().stream().filter(np::selects).toList();
        if (targets.isEmpty()) {
            return;
        }
        boolean allowsNothing = true;
        for (Pod t : targets) {
            for (Endpoint e : peers) {
                Pod named = d == Direction.INGRESS ? t : e instanceof Endpoint.PodEndpoint pe ? pe.pod() : null;
                allowsNothing &= r.ruleAllows(rules.get(i), np.namespace(), e, named).isEmpty();
            }
        }
        if (allowsNothing) {
            out.add(new LintFinding("netpol-rule-shadowed", LintFinding.Level.NOTE, "NetworkPolicy " + np.qualifiedName(),
                    d.wireName + " rule #" + (i + 1) + " allows no connection to the pods the policy selects"));
            return;
        }
        for (int j = 0; j < rules.size(); j++) {
            if (j == i) {
                continue;
            }
            boolean covered = true;
            boolean equal = true;
            for (Pod t : targets) {
                for (Endpoint e : peers) {
                    Pod named = d == Direction.INGRESS ? t : e instanceof Endpoint.PodEndpoint pe ? pe.pod() : null;
                    ConnectionSet a = r.ruleAllows(rules.get(i), np.namespace(), e, named);
                    ConnectionSet b = r.ruleAllows(rules.get(j), np.namespace(), e, named);
                    if (!a.minus(b).isEmpty()) {
                        covered = false;
                        break;
                    }
                    equal &= a.equals(b);
                }
                if (!covered) {
                    break;
                }
            }
            // of two equivalent rules, report only the later one
            if (covered && (!equal || j < i)) {
                out.add(new LintFinding("netpol-rule-shadowed", LintFinding.Level.NOTE, "NetworkPolicy " + np.qualifiedName(),
                        d.wireName + " rule #" + (i + 1) + " allows nothing that rule #" + (j + 1) + " does not already allow"));
                return;
            }
        }
    }
}
