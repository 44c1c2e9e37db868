package dev.rampart.k8s.netpol;

import dev.rampart.k8s.LabelSelector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An AdminNetworkPolicy or the BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1).
 * Admin policies are evaluated before NetworkPolicies, lowest {@code priority} first, rules in order,
 * first match wins: Allow and Deny are final, Pass hands the connection to the NetworkPolicy tier.
 * The baseline policy (a singleton named {@code default}) is evaluated only when no NetworkPolicy
 * selects the pod, again first match wins, Allow or Deny.
 *
 * <p>Spec: https://network-policy-api.sigs.k8s.io/reference/spec/ and
 * https://network-policy-api.sigs.k8s.io/api-overview/#the-adminnetworkpolicy-resource
 *
 * @param priority 0-1000 for an AdminNetworkPolicy; unused for the baseline
 */
public record AdminPolicy(Tier tier, String name, int priority, Subject subject, List<Rule> ingress,
        List<Rule> egress) {

    public AdminPolicy {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    public List<Rule> rules(Direction d) {
        return d == Direction.INGRESS ? ingress : egress;
    }

    /** The admin tiers. */
    public enum Tier {
        ADMIN("AdminNetworkPolicy"), BASELINE("BaselineAdminNetworkPolicy");

        public final String kind;

        Tier(String kind) {
            this.kind = kind;
        }
    }

    /** Rule actions; {@code PASS} exists only in AdminNetworkPolicy. */
    public enum Action {
        ALLOW("Allow"), DENY("Deny"), PASS("Pass");

        public final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }
    }

    /**
     * The pods a policy applies to: {@code subject.namespaces} (podSelector null: every pod there) or
     * {@code subject.pods} (both selectors).
     */
    public record Subject(LabelSelector namespaceSelector, @Nullable LabelSelector podSelector) {
        public boolean selects(Pod pod, Namespace ns) {
            return namespaceSelector.matches(ns.labels()) && (podSelector == null || podSelector.matches(pod.labels()));
        }
    }

    /**
     * One rule. Peers are translated so that {@link Peer.Pods} always carries a namespace selector.
     *
     * @param ports empty means every port of every protocol
     */
    public record Rule(String name, Action action, List<Peer> peers, List<RulePort> ports) {
        public Rule {
            peers = List.copyOf(peers);
            ports = List.copyOf(ports);
        }
    }
}
