package dev.rampart.k8s.netpol;

import dev.rampart.k8s.LabelSelector;
import java.util.List;

/**
 * A networking.k8s.io/v1 NetworkPolicy after defaulting. {@code policyTypes} absent means Ingress,
 * plus Egress only when the {@code egress} list is non-empty; a pod selected for a direction is
 * isolated in it and only the union of the matching rules is allowed.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/#NetworkPolicySpec
 *
 * @param affectsIngress Ingress is in the (defaulted) policyTypes
 * @param affectsEgress Egress is in the (defaulted) policyTypes
 */
public record NetworkPolicy(String namespace, String name, LabelSelector podSelector, boolean affectsIngress,
        boolean affectsEgress, List<Rule> ingress, List<Rule> egress) {

    public NetworkPolicy {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    public boolean affects(Direction d) {
        return d == Direction.INGRESS ? affectsIngress : affectsEgress;
    }

    public List<Rule> rules(Direction d) {
        return d == Direction.INGRESS ? ingress : egress;
    }

    /** Whether the policy applies to {@code pod} (same namespace, podSelector matches). */
    public boolean selects(Pod pod) {
        return namespace.equals(pod.namespace()) && podSelector.matches(pod.labels());
    }

    /** {@code namespace/name}. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }

    /**
     * One ingress or egress rule: a connection is allowed when it matches any peer and any port.
     *
     * @param peers never empty; an absent or empty {@code from}/{@code to} becomes {@link Peer.Any}
     * @param ports empty means every port of every protocol
     */
    public record Rule(List<Peer> peers, List<RulePort> ports) {
        public Rule {
            peers = List.copyOf(peers);
            ports = List.copyOf(ports);
            if (peers.isEmpty()) {
                throw new IllegalArgumentException("a rule needs at least one peer (use Peer.Any for 'all')");
            }
        }
    }
}
