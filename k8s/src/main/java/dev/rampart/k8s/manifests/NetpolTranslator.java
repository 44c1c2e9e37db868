package dev.rampart.k8s.manifests;

import dev.rampart.k8s.LabelSelector;
import dev.rampart.k8s.netpol.AdminPolicy;
import dev.rampart.k8s.netpol.Cluster;
import dev.rampart.k8s.netpol.ContainerPort;
import dev.rampart.k8s.netpol.IpRange;
import dev.rampart.k8s.netpol.Namespace;
import dev.rampart.k8s.netpol.NetworkPolicy;
import dev.rampart.k8s.netpol.Peer;
import dev.rampart.k8s.netpol.Pod;
import dev.rampart.k8s.netpol.Protocol;
import dev.rampart.k8s.netpol.RulePort;
import dev.rampart.k8s.netpol.Workload;
import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates manifest objects into the network model: workloads' pod templates, namespaces,
 * NetworkPolicies and the admin tiers. Objects without a namespace are placed in {@code default}.
 */
public final class NetpolTranslator {
    /** Workload kinds and where their pod template lives. */
    private static final Map<String, List<String>> TEMPLATE_PATH = Map.of(
            "Deployment", List.of("spec", "template"),
            "ReplicaSet", List.of("spec", "template"),
            "ReplicationController", List.of("spec", "template"),
            "StatefulSet", List.of("spec", "template"),
            "DaemonSet", List.of("spec", "template"),
            "Job", List.of("spec", "template"),
            "CronJob", List.of("spec", "jobTemplate", "spec", "template"));

    private final List<Issue> issues = new ArrayList<>();

    private NetpolTranslator() {}

    public static Cluster toCluster(Manifests m) throws ManifestException {
        return new NetpolTranslator().translate(m);
    }

    private Cluster translate(Manifests m) throws ManifestException {
        issues.addAll(m.issues());
        Map<String, Namespace> namespaces = new LinkedHashMap<>();
        Map<Workload, Pod> pods = new LinkedHashMap<>();
        List<NetworkPolicy> policies = new ArrayList<>();
        List<AdminPolicy> admin = new ArrayList<>();
        AdminPolicy baseline = null;
        for (KObject o : m.objects()) {
            try {
                switch (o.kind()) {
                    case "Namespace" -> namespaces.put(o.name(),
                            new Namespace(o.name(), o.body().objectOrEmpty("metadata").stringMap("labels")));
                    case "Pod" -> addPod(pods, pod(o));
                    case "NetworkPolicy" -> policies.add(networkPolicy(o));
                    case "AdminNetworkPolicy" -> admin.add(adminPolicy(o, AdminPolicy.Tier.ADMIN));
                    case "BaselineAdminNetworkPolicy" -> {
                        if (baseline != null) {
                            issues.add(new Issue(o.source().toString(), "a second BaselineAdminNetworkPolicy '"
                                    + o.name() + "' is ignored: the baseline is a singleton"));
                        } else {
                            baseline = adminPolicy(o, AdminPolicy.Tier.BASELINE);
                        }
                    }
                    default -> {
                        if (TEMPLATE_PATH.containsKey(o.kind())) {
                            addPod(pods, workload(o));
                        }
                    }
                }
            } catch (Fields.FieldException | IllegalArgumentException e) {
                throw new ManifestException(o.source() + ": " + o.describe() + ": " + e.getMessage(), e);
            }
        }
        return new Cluster(namespaces, List.copyOf(pods.values()), policies, admin, baseline, issues);
    }

    private static void addPod(Map<Workload, Pod> pods, Pod p) {
        pods.putIfAbsent(p.owner(), p);
    }

    private static String ns(KObject o) {
        return o.namespace() == null || o.namespace().isEmpty() ? "default" : o.namespace();
    }

    private Pod pod(KObject o) {
        Fields meta = o.body().objectOrEmpty("metadata");
        Workload owner = new Workload(ns(o), o.name(), "Pod");
        List<Fields> refs = meta.objects("ownerReferences");
        Optional<Fields> ctl = refs.stream().filter(r -> "true".equals(r.string("controller").orElse(""))).findFirst();
        Optional<Fields> ref = ctl.isPresent() ? ctl : refs.stream().findFirst();
        if (ref.isPresent()) {
            owner = new Workload(ns(o), ref.get().requiredString("name"), ref.get().requiredString("kind"));
        }
        return new Pod(ns(o), o.name(), meta.stringMap("labels"), ports(o.body().objectOrEmpty("spec")), owner);
    }

    private Pod workload(KObject o) {
        Fields t = o.body();
        for (String k : TEMPLATE_PATH.get(o.kind())) {
            t = t.objectOrEmpty(k);
        }
        Fields meta = t.objectOrEmpty("metadata");
        return new Pod(ns(o), o.name(), meta.stringMap("labels"), ports(t.objectOrEmpty("spec")),
                new Workload(ns(o), o.name(), o.kind()));
    }

    private static List<ContainerPort> ports(Fields podSpec) {
        List<ContainerPort> out = new ArrayList<>();
        for (Fields c : podSpec.objects("containers")) {
            for (Fields p : c.objects("ports")) {
                int port = p.integer("containerPort")
                        .orElseThrow(() -> new Fields.FieldException(p.at("containerPort") + ": required field is missing"));
                Protocol proto = Protocol.parse(p.string("protocol").orElse("TCP"));
                out.add(new ContainerPort(p.string("name").orElse(null), port, proto));
            }
        }
        return out;
    }

    /**
     * policyTypes defaulting: absent or empty means Ingress, plus Egress when {@code egress} has rules.
     * Spec: https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/#NetworkPolicySpec
     */
    private NetworkPolicy networkPolicy(KObject o) {
        Fields spec = o.body().objectOrEmpty("spec");
        LabelSelector podSelector = Selectors.optional(spec, "podSelector").orElse(LabelSelector.EVERYTHING);
        Set<String> types = new LinkedHashSet<>(spec.strings("policyTypes"));
        for (String t : types) {
            if (!t.equals("Ingress") && !t.equals("Egress")) {
                throw new Fields.FieldException(spec.at("policyTypes") + ": unknown policy type '" + t
                        + "' (expected Ingress or Egress)");
            }
        }
        if (types.isEmpty()) {
            types.add("Ingress");
            if (spec.listSize("egress") > 0) {
                types.add("Egress");
            }
        }
        String where = o.source() + ": " + o.describe();
        return new NetworkPolicy(ns(o), o.name(), podSelector, types.contains("Ingress"), types.contains("Egress"),
                rules(spec.objects("ingress"), "from", where), rules(spec.objects("egress"), "to", where));
    }

    private List<NetworkPolicy.Rule> rules(List<Fields> rules, String peersKey, String where) {
        List<NetworkPolicy.Rule> out = new ArrayList<>();
        for (Fields r : rules) {
            List<Peer> peers = new ArrayList<>();
            for (Fields p : r.objects(peersKey)) {
                peers.add(npPeer(p, where));
            }
            if (peers.isEmpty()) {
                peers.add(new Peer.Any());
            }
            List<RulePort> ports = new ArrayList<>();
            for (Fields p : r.objects("ports")) {
                ports.add(npPort(p));
            }
            out.add(new NetworkPolicy.Rule(peers, ports));
        }
        return out;
    }

    /** One peer holds either ipBlock or selectors; both selectors in one peer are ANDed. */
    private Peer npPeer(Fields p, String where) {
        Optional<Fields> ip = p.object("ipBlock");
        Optional<LabelSelector> nsSel = Selectors.optional(p, "namespaceSelector");
        Optional<LabelSelector> podSel = Selectors.optional(p, "podSelector");
        if (ip.isPresent()) {
            if (nsSel.isPresent() || podSel.isPresent()) {
                throw new Fields.FieldException(p.path() + ": ipBlock cannot be combined with podSelector or namespaceSelector");
            }
            return ipBlock(ip.get(), where);
        }
        if (nsSel.isEmpty() && podSel.isEmpty()) {
            throw new Fields.FieldException(p.path() + ": a peer needs podSelector, namespaceSelector or ipBlock");
        }
        return new Peer.Pods(nsSel.orElse(null), podSel.orElse(null));
    }

    /** An IPv6 block cannot match an IPv4 range; it becomes a peer that matches nothing, with an issue. */
    private Peer ipBlock(Fields ip, String where) {
        String cidr = ip.requiredString("cidr");
        Optional<IpRange> range = IpRange.parseCidr(cidr);
        if (range.isEmpty()) {
            issues.add(new Issue(where, "IPv6 ipBlock " + cidr + " is not analysed (IPv4 only)"));
            return new Peer.Unmodelled("ipBlock " + cidr);
        }
        List<IpRange> except = new ArrayList<>();
        for (String e : ip.strings("except")) {
            IpRange.parseCidr(e).ifPresent(except::add);
        }
        return new Peer.IpBlock(range.get(), except, cidr);
    }

    private static RulePort npPort(Fields p) {
        Protocol proto = Protocol.parse(p.string("protocol").orElse("TCP"));
        Optional<Object> port = p.scalar("port");
        Optional<Integer> end = p.integer("endPort");
        if (port.isEmpty()) {
            if (end.isPresent()) {
                throw new Fields.FieldException(p.at("endPort") + ": endPort needs a numeric port");
            }
            return new RulePort(proto, new RulePort.AnyPort());
        }
        Object v = port.get();
        if (v instanceof Integer i) {
            return new RulePort(proto, new RulePort.Range(i, end.orElse(i)));
        }
        if (v instanceof String s && !s.isEmpty()) {
            if (end.isPresent()) {
                throw new Fields.FieldException(p.at("endPort") + ": endPort cannot be used with the named port '" + s + "'");
            }
            return new RulePort(proto, new RulePort.Named(s));
        }
        throw new Fields.FieldException(p.at("port") + ": expected a port number or name, got '" + v + "'");
    }

    private AdminPolicy adminPolicy(KObject o, AdminPolicy.Tier tier) {
        Fields spec = o.body().objectOrEmpty("spec");
        int priority = tier == AdminPolicy.Tier.ADMIN
                ? spec.integer("priority").orElseThrow(() -> new Fields.FieldException("spec.priority: required field is missing"))
                : 0;
        String where = o.source() + ": " + o.describe();
        return new AdminPolicy(tier, o.name(), priority, subject(spec.objectOrEmpty("subject")),
                adminRules(spec.objects("ingress"), "from", tier, where),
                adminRules(spec.objects("egress"), "to", tier, where));
    }

    private static AdminPolicy.Subject subject(Fields s) {
        Optional<LabelSelector> ns = Selectors.optional(s, "namespaces");
        if (ns.isPresent()) {
            return new AdminPolicy.Subject(ns.get(), null);
        }
        Optional<Fields> pods = s.object("pods");
        if (pods.isPresent()) {
            return new AdminPolicy.Subject(Selectors.optional(pods.get(), "namespaceSelector").orElse(LabelSelector.EVERYTHING),
                    Selectors.optional(pods.get(), "podSelector").orElse(LabelSelector.EVERYTHING));
        }
        throw new Fields.FieldException(s.path() + ": needs namespaces or pods");
    }

    private List<AdminPolicy.Rule> adminRules(List<Fields> rules, String peersKey, AdminPolicy.Tier tier, String where) {
        List<AdminPolicy.Rule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Fields r = rules.get(i);
            String action = r.requiredString("action");
            AdminPolicy.Action a = switch (action) {
                case "Allow" -> AdminPolicy.Action.ALLOW;
                case "Deny" -> AdminPolicy.Action.DENY;
                case "Pass" -> {
                    if (tier == AdminPolicy.Tier.BASELINE) {
                        throw new Fields.FieldException(r.at("action") + ": Pass is not allowed in a BaselineAdminNetworkPolicy");
                    }
                    yield AdminPolicy.Action.PASS;
                }
                default -> throw new Fields.FieldException(r.at("action") + ": unknown action '" + action
                        + "' (expected Allow, Deny" + (tier == AdminPolicy.Tier.ADMIN ? " or Pass" : " or ") + ")");
            };
            List<Peer> peers = new ArrayList<>();
            for (Fields p : r.objects(peersKey)) {
                peers.addAll(adminPeers(p, where));
            }
            List<RulePort> ports = new ArrayList<>();
            for (Fields p : r.objects("ports")) {
                ports.add(adminPort(p));
            }
            out.add(new AdminPolicy.Rule(r.string("name").orElse(String.valueOf(i)), a, peers, ports));
        }
        return out;
    }

    private List<Peer> adminPeers(Fields p, String where) {
        List<Peer> out = new ArrayList<>();
        Selectors.optional(p, "namespaces").ifPresent(s -> out.add(new Peer.Pods(s, LabelSelector.EVERYTHING)));
        p.object("pods").ifPresent(pods -> out.add(new Peer.Pods(
                Selectors.optional(pods, "namespaceSelector").orElse(LabelSelector.EVERYTHING),
                Selectors.optional(pods, "podSelector").orElse(LabelSelector.EVERYTHING))));
        Selectors.optional(p, "nodes").ifPresent(s -> {
            issues.add(new Issue(where, "nodes peer (" + s + ") is not analysed: nodes are not modelled"));
            out.add(new Peer.Unmodelled("nodes " + s));
        });
        for (String cidr : p.strings("networks")) {
            Optional<IpRange> r = IpRange.parseCidr(cidr);
            if (r.isPresent()) {
                out.add(new Peer.IpBlock(r.get(), List.of(), cidr));
            } else {
                issues.add(new Issue(where, "IPv6 network " + cidr + " is not analysed (IPv4 only)"));
                out.add(new Peer.Unmodelled("network " + cidr));
            }
        }
        if (out.isEmpty()) {
            throw new Fields.FieldException(p.path() + ": a peer needs namespaces, pods, nodes or networks");
        }
        return out;
    }

    private static RulePort adminPort(Fields p) {
        Optional<Fields> number = p.object("portNumber");
        if (number.isPresent()) {
            int port = number.get().integer("port").orElseThrow(() -> new Fields.FieldException(number.get().at("port") + ": required"));
            return new RulePort(Protocol.parse(number.get().string("protocol").orElse("TCP")), new RulePort.Range(port, port));
        }
        Optional<Fields> range = p.object("portRange");
        if (range.isPresent()) {
            Fields r = range.get();
            int start = r.integer("start").orElseThrow(() -> new Fields.FieldException(r.at("start") + ": required"));
            int end = r.integer("end").orElseThrow(() -> new Fields.FieldException(r.at("end") + ": required"));
            return new RulePort(Protocol.parse(r.string("protocol").orElse("TCP")), new RulePort.Range(start, end));
        }
        Optional<String> named = p.string("namedPort");
        if (named.isPresent()) {
            return new RulePort(null, new RulePort.Named(named.get()));
        }
        throw new Fields.FieldException(p.path() + ": needs portNumber, portRange or namedPort");
    }
}
