package dev.rampart.k8s.netpol;

import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides connections in a {@link Cluster}. For one direction at one pod the tiers apply in order:
 *
 * <ol>
 *   <li>AdminNetworkPolicies selecting the pod, lowest priority first, rules in order; the first rule
 *       whose peers and ports match decides: Allow and Deny are final, Pass skips the remaining admin rules;
 *   <li>NetworkPolicies: if any selects the pod for the direction, exactly the union of their matching
 *       rules is allowed, the rest denied;
 *   <li>otherwise the BaselineAdminNetworkPolicy, first matching rule;
 *   <li>otherwise allowed (the system default).
 * </ol>
 *
 * <p>Spec: https://network-policy-api.sigs.k8s.io/api-overview/#adminnetworkpolicy-api-model and
 * https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
public final class Reachability {
    private final Cluster cluster;
    private final List<AdminPolicy> admin;
    private final List<IpRange> externalSources;
    private final List<IpRange> externalDestinations;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<Pod, List<NetworkPolicy>> ingressPolicies = new IdentityHashMap<>();
    private final Map<Pod, List<NetworkPolicy>> egressPolicies = new IdentityHashMap<>();
    private final Map<Pod, List<AdminPolicy>> adminFor = new IdentityHashMap<>();
    private final Map<Pod, Namespace> namespaceOf = new IdentityHashMap<>();
    /** Port lists without named ports resolve alike for every pod: computed once. */
    private final Map<List<RulePort>, ConnectionSet> constantPorts = new IdentityHashMap<>();

    public Reachability(Cluster cluster) {
        this.cluster = cluster;
        this.issues.addAll(cluster.issues());
        List<AdminPolicy> sorted = new ArrayList<>(cluster.adminPolicies());
        sorted.sort(Comparator.comparingInt(AdminPolicy::priority).thenComparing(AdminPolicy::name));
        this.admin = List.copyOf(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).priority() == sorted.get(i - 1).priority()) {
                issues.add(new Issue("AdminNetworkPolicy " + sorted.get(i).name(),
                        "has the same priority (" + sorted.get(i).priority() + ") as '" + sorted.get(i - 1).name()
                                + "': their order is undefined, results assume name order and may differ in a cluster"));
            }
        }
        for (Pod p : cluster.pods()) {
            List<NetworkPolicy> in = new ArrayList<>();
            List<NetworkPolicy> out = new ArrayList<>();
            for (NetworkPolicy np : cluster.policies()) {
                if (np.selects(p)) {
                    if (np.affectsIngress()) {
                        in.add(np);
                    }
                    if (np.affectsEgress()) {
                        out.add(np);
                    }
                }
            }
            ingressPolicies.put(p, in);
            egressPolicies.put(p, out);
            Namespace ns = cluster.namespace(p.namespace());
            namespaceOf.put(p, ns);
            adminFor.put(p, admin.stream().filter(a -> a.subject().selects(p, ns)).toList());
        }
        for (NetworkPolicy np : cluster.policies()) {
            np.ingress().forEach(r -> cacheConstant(r.ports()));
            np.egress().forEach(r -> cacheConstant(r.ports()));
        }
        for (AdminPolicy a : cluster.adminPolicies()) {
            a.ingress().forEach(r -> cacheConstant(r.ports()));
            a.egress().forEach(r -> cacheConstant(r.ports()));
        }
        this.externalSources = atoms(cluster, Direction.INGRESS);
        this.externalDestinations = atoms(cluster, Direction.EGRESS);
    }

    public Cluster cluster() {
        return cluster;
    }

    /** Issues found while loading and while ordering policies (equal ANP priorities). */
    public List<Issue> issues() {
        return List.copyOf(issues);
    }

    /**
     * Sources outside the cluster: the address space cut at every ipBlock and except boundary of every
     * ingress rule, so that inside one range every policy decides alike.
     */
    public List<IpRange> externalSources() {
        return externalSources;
    }

    /** Destinations outside the cluster: the address space cut at the boundaries of every egress rule's blocks. */
    public List<IpRange> externalDestinations() {
        return externalDestinations;
    }

    /** Both directions with reasons. */
    public Verdict verdict(Endpoint source, Endpoint destination) {
        DirectionVerdict egress = switch (source) {
            case Endpoint.PodEndpoint s -> evaluate(Direction.EGRESS, s.pod(), destination);
            case Endpoint.External e -> DirectionVerdict.notEvaluated(Direction.EGRESS);
        };
        DirectionVerdict ingress = switch (destination) {
            case Endpoint.PodEndpoint d -> evaluate(Direction.INGRESS, d.pod(), source);
            case Endpoint.External e -> DirectionVerdict.notEvaluated(Direction.INGRESS);
        };
        return new Verdict(source, destination, egress, ingress);
    }

    /** The allowed connections only; skips the destination's ingress when the source's egress allows nothing. */
    public ConnectionSet allowed(Endpoint source, Endpoint destination) {
        ConnectionSet egress = source instanceof Endpoint.PodEndpoint s
                ? allowedOneWay(Direction.EGRESS, s.pod(), destination) : ConnectionSet.ALL;
        if (egress.isEmpty() || !(destination instanceof Endpoint.PodEndpoint d)) {
            return egress;
        }
        return egress.intersect(allowedOneWay(Direction.INGRESS, d.pod(), source));
    }

    /** The same tiers as {@link #evaluate} without recording reasons: what {@code list} needs, fast. */
    private ConnectionSet allowedOneWay(Direction dir, Pod subject, Endpoint peer) {
        @Nullable Pod target = dir == Direction.INGRESS ? subject
                : peer instanceof Endpoint.PodEndpoint pe ? pe.pod() : null;
        ConnectionSet allowed = ConnectionSet.NONE;
        ConnectionSet undecided = ConnectionSet.ALL;
        ConnectionSet passed = ConnectionSet.NONE;
        for (AdminPolicy a : adminPolicies(subject)) {
            for (AdminPolicy.Rule rule : a.rules(dir)) {
                if (undecided.isEmpty()) {
                    break;
                }
                if (!anyPeerMatches(rule.peers(), null, peer)) {
                    continue;
                }
                ConnectionSet ports = ports(rule.ports(), target).intersect(undecided);
                switch (rule.action()) {
                    case ALLOW -> allowed = allowed.union(ports);
                    case DENY -> { }
                    case PASS -> passed = passed.union(ports);
                }
                undecided = undecided.minus(ports);
            }
        }
        ConnectionSet open = undecided.union(passed);
        if (open.isEmpty()) {
            return allowed;
        }
        List<NetworkPolicy> selecting = dir == Direction.INGRESS ? ingressPolicies.get(subject) : egressPolicies.get(subject);
        if (selecting != null && !selecting.isEmpty()) {
            ConnectionSet np = ConnectionSet.NONE;
            for (NetworkPolicy p : selecting) {
                for (NetworkPolicy.Rule r : p.rules(dir)) {
                    if (!np.isAll() && anyPeerMatches(r.peers(), p.namespace(), peer)) {
                        np = np.union(ports(r.ports(), target));
                    }
                }
            }
            return allowed.union(np.intersect(open));
        }
        AdminPolicy banp = cluster.baseline();
        if (banp != null && banp.subject().selects(subject, cluster.namespace(subject.namespace()))) {
            for (AdminPolicy.Rule rule : banp.rules(dir)) {
                if (open.isEmpty()) {
                    break;
                }
                if (anyPeerMatches(rule.peers(), null, peer)) {
                    ConnectionSet ports = ports(rule.ports(), target).intersect(open);
                    if (rule.action() == AdminPolicy.Action.ALLOW) {
                        allowed = allowed.union(ports);
                    }
                    open = open.minus(ports);
                }
            }
        }
        return allowed.union(open);
    }

    private DirectionVerdict evaluate(Direction dir, Pod subject, Endpoint peer) {
        @Nullable Pod target = dir == Direction.INGRESS ? subject
                : peer instanceof Endpoint.PodEndpoint pe ? pe.pod() : null;
        List<Decision> decisions = new ArrayList<>();
        ConnectionSet undecided = ConnectionSet.ALL;
        List<Decision> passed = new ArrayList<>();
        for (AdminPolicy a : adminPolicies(subject)) {
            for (AdminPolicy.Rule rule : a.rules(dir)) {
                if (undecided.isEmpty()) {
                    break;
                }
                if (!anyPeerMatches(rule.peers(), null, peer)) {
                    continue;
                }
                ConnectionSet ports = ports(rule.ports(), target).intersect(undecided);
                if (ports.isEmpty()) {
                    continue;
                }
                Reason.AdminRule why = new Reason.AdminRule(a.tier(), a.name(), dir, rule.name(), rule.action());
                switch (rule.action()) {
                    case ALLOW -> decisions.add(new Decision(ports, true, why));
                    case DENY -> decisions.add(new Decision(ports, false, why));
                    case PASS -> passed.add(new Decision(ports, true, why));
                }
                undecided = undecided.minus(ports);
            }
        }
        for (Decision p : passed) {
            lowerTiers(dir, subject, peer, target, p.connections(), Optional.of((Reason.AdminRule) p.reason()), decisions);
        }
        lowerTiers(dir, subject, peer, target, undecided, Optional.empty(), decisions);
        return new DirectionVerdict(dir, true, decisions);
    }

    /** NetworkPolicy, then baseline, then default, for the connections the admin tier left open. */
    private void lowerTiers(Direction dir, Pod subject, Endpoint peer, @Nullable Pod target, ConnectionSet open,
            Optional<Reason.AdminRule> passedBy, List<Decision> out) {
        if (open.isEmpty()) {
            return;
        }
        List<NetworkPolicy> selecting = dir == Direction.INGRESS ? ingressPolicies.get(subject) : egressPolicies.get(subject);
        if (selecting != null && !selecting.isEmpty()) {
            ConnectionSet allowed = ConnectionSet.NONE;
            List<Reason.RuleRef> refs = new ArrayList<>();
            for (NetworkPolicy np : selecting) {
                List<NetworkPolicy.Rule> rules = np.rules(dir);
                for (int i = 0; i < rules.size(); i++) {
                    NetworkPolicy.Rule r = rules.get(i);
                    if (!anyPeerMatches(r.peers(), np.namespace(), peer)) {
                        continue;
                    }
                    ConnectionSet ports = ports(r.ports(), target).intersect(open);
                    if (!ports.isEmpty()) {
                        allowed = allowed.union(ports);
                        refs.add(new Reason.RuleRef(np.qualifiedName(), i + 1));
                    }
                }
            }
            if (!allowed.isEmpty()) {
                out.add(new Decision(allowed, true, new Reason.PolicyRules(dir, refs), passedBy));
            }
            ConnectionSet denied = open.minus(allowed);
            if (!denied.isEmpty()) {
                out.add(new Decision(denied, false,
                        new Reason.PolicyIsolation(dir, selecting.stream().map(NetworkPolicy::qualifiedName).toList()),
                        passedBy));
            }
            return;
        }
        AdminPolicy banp = cluster.baseline();
        if (banp != null && banp.subject().selects(subject, cluster.namespace(subject.namespace()))) {
            for (AdminPolicy.Rule rule : banp.rules(dir)) {
                if (open.isEmpty()) {
                    return;
                }
                if (!anyPeerMatches(rule.peers(), null, peer)) {
                    continue;
                }
                ConnectionSet ports = ports(rule.ports(), target).intersect(open);
                if (ports.isEmpty()) {
                    continue;
                }
                Reason.AdminRule why = new Reason.AdminRule(banp.tier(), banp.name(), dir, rule.name(), rule.action());
                out.add(new Decision(ports, rule.action() == AdminPolicy.Action.ALLOW, why, passedBy));
                open = open.minus(ports);
            }
        }
        if (!open.isEmpty()) {
            out.add(new Decision(open, true, new Reason.SystemDefault(), passedBy));
        }
    }

    private void cacheConstant(List<RulePort> ports) {
        if (!ports.isEmpty() && ports.stream().noneMatch(p -> p.port() instanceof RulePort.Named)) {
            ConnectionSet out = ConnectionSet.NONE;
            for (RulePort rp : ports) {
                out = out.union(rp.resolve(null));
            }
            constantPorts.put(ports, out);
        }
    }

    private List<AdminPolicy> adminPolicies(Pod p) {
        List<AdminPolicy> l = adminFor.get(p);
        if (l != null) {
            return l;
        }
        Namespace ns = cluster.namespace(p.namespace());
        return admin.stream().filter(a -> a.subject().selects(p, ns)).toList();
    }

    /** Whether one peer of a rule matches an endpoint ({@code policyNamespace} for NetworkPolicy peers, else null). */
    public boolean peerMatches(Peer peer, @Nullable String policyNamespace, Endpoint e) {
        return matches(peer, policyNamespace, e);
    }

    /** What one NetworkPolicy rule allows towards {@code peer}, named ports resolved on {@code target}. */
    public ConnectionSet ruleAllows(NetworkPolicy.Rule rule, String policyNamespace, Endpoint peer, @Nullable Pod target) {
        return anyPeerMatches(rule.peers(), policyNamespace, peer) ? ports(rule.ports(), target) : ConnectionSet.NONE;
    }

    private ConnectionSet ports(List<RulePort> ports, @Nullable Pod target) {
        if (ports.isEmpty()) {
            return ConnectionSet.ALL;
        }
        ConnectionSet fixed = constantPorts.get(ports);
        if (fixed != null) {
            return fixed;
        }
        ConnectionSet out = ConnectionSet.NONE;
        for (RulePort rp : ports) {
            out = out.union(rp.resolve(target));
        }
        return out;
    }

    private boolean anyPeerMatches(List<Peer> peers, @Nullable String policyNamespace, Endpoint e) {
        for (Peer p : peers) {
            if (matches(p, policyNamespace, e)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Peer peer, @Nullable String policyNamespace, Endpoint e) {
        return switch (peer) {
            case Peer.Any a -> true;
            case Peer.Pods p -> e instanceof Endpoint.PodEndpoint pe && podMatches(p, policyNamespace, pe.pod());
            case Peer.IpBlock b -> e instanceof Endpoint.External x && b.covers(x.range());
            case Peer.Unmodelled u -> false;
        };
    }

    private boolean podMatches(Peer.Pods p, @Nullable String policyNamespace, Pod pod) {
        if (p.namespaceSelector() == null) {
            if (!pod.namespace().equals(policyNamespace)) {
                return false;
            }
        } else {
            Namespace ns = namespaceOf.get(pod);
            if (!p.namespaceSelector().matches((ns != null ? ns : cluster.namespace(pod.namespace())).labels())) {
                return false;
            }
        }
        return p.podSelector() == null || p.podSelector().matches(pod.labels());
    }

    private static List<IpRange> atoms(Cluster cluster, Direction dir) {
        TreeSet<Long> cuts = new TreeSet<>();
        cuts.add(0L);
        cuts.add(IpRange.MAX + 1);
        List<List<Peer>> peerLists = new ArrayList<>();
        for (NetworkPolicy np : cluster.policies()) {
            np.rules(dir).forEach(r -> peerLists.add(r.peers()));
        }
        List<AdminPolicy> all = new ArrayList<>(cluster.adminPolicies());
        if (cluster.baseline() != null) {
            all.add(cluster.baseline());
        }
        for (AdminPolicy a : all) {
            a.rules(dir).forEach(r -> peerLists.add(r.peers()));
        }
        for (List<Peer> peers : peerLists) {
            for (Peer p : peers) {
                if (p instanceof Peer.IpBlock b) {
                    for (IpRange r : b.ranges()) {
                        cuts.add(r.first());
                        cuts.add(r.last() + 1);
                    }
                }
            }
        }
        List<IpRange> out = new ArrayList<>();
        Long prev = null;
        for (Long c : cuts) {
            if (prev != null) {
                out.add(new IpRange(prev, c - 1));
            }
            prev = c;
        }
        return List.copyOf(out);
    }
}
