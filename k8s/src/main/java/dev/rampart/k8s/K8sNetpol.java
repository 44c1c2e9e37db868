package dev.rampart.k8s;

import dev.rampart.k8s.manifests.ManifestException;
import dev.rampart.k8s.manifests.ManifestLoader;
import dev.rampart.k8s.manifests.NetpolTranslator;
import dev.rampart.k8s.manifests.YamlLimits;
import dev.rampart.k8s.netpol.CheckResult;
import dev.rampart.k8s.netpol.ConnDiff;
import dev.rampart.k8s.netpol.ConnList;
import dev.rampart.k8s.netpol.Endpoint;
import dev.rampart.k8s.netpol.IpRange;
import dev.rampart.k8s.netpol.NetpolAnalyzer;
import dev.rampart.k8s.netpol.NetpolLinter;
import dev.rampart.k8s.netpol.LintReport;
import dev.rampart.k8s.netpol.Pod;
import dev.rampart.k8s.netpol.PortQuery;
import dev.rampart.k8s.netpol.Reachability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code rampart k8s netpol} verbs: request records in, result records out. Each method loads the
 * manifests (files or folders), so a CLI verb is a call and a renderer.
 *
 * <pre>{@code
 * ConnList l = K8sNetpol.list(new K8sNetpol.ListRequest(List.of(Path.of("manifests/"))));
 * NetpolRenderer.connlist(l, Format.TABLE, writer);
 * }</pre>
 */
public final class K8sNetpol {
    private K8sNetpol() {}

    /** {@code netpol list <paths>}. */
    public record ListRequest(List<Path> manifests) {
        public ListRequest {
            manifests = List.copyOf(manifests);
        }
    }

    /**
     * {@code netpol check <paths> --from ns/name --to ns/name [--port 8080/TCP]}. An end may also be an
     * IPv4 address outside the cluster.
     */
    public record CheckRequest(List<Path> manifests, String from, String to, Optional<String> port) {
        public CheckRequest {
            manifests = List.copyOf(manifests);
        }
    }

    /** {@code netpol diff <before> <after>}. */
    public record DiffRequest(List<Path> before, List<Path> after) {
        public DiffRequest {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** {@code netpol lint <paths>}. */
    public record LintRequest(List<Path> manifests) {
        public LintRequest {
            manifests = List.copyOf(manifests);
        }
    }

    public static Reachability load(List<Path> manifests) throws ManifestException {
        return new Reachability(NetpolTranslator.toCluster(new ManifestLoader(YamlLimits.DEFAULT).load(manifests)));
    }

    public static ConnList list(ListRequest r) throws ManifestException {
        return NetpolAnalyzer.list(load(r.manifests()));
    }

    /**
     * @throws IllegalArgumentException when an end names no workload or pod of the manifests, or the port is malformed
     */
    public static CheckResult check(CheckRequest r) throws ManifestException {
        return check(load(r.manifests()), r.from(), r.to(), r.port());
    }

    /** {@code check} on an already loaded cluster (the form the benchmark measures). */
    public static CheckResult check(Reachability reach, String from, String to, Optional<String> port) {
        Optional<PortQuery> q = port.map(PortQuery::parse);
        return CheckResult.of(reach.verdict(endpoint(reach, from), endpoint(reach, to)), q);
    }

    public static ConnDiff diff(DiffRequest r) throws ManifestException {
        return ConnDiff.between(load(r.before()), load(r.after()));
    }

    public static LintReport lint(LintRequest r) throws ManifestException {
        return NetpolLinter.lint(load(r.manifests()));
    }

    /**
     * Resolves {@code ns/name} (a workload or a pod; {@code ns/name[Kind]} picks the kind), a bare {@code name}
     * in {@code default}, or an IPv4 address outside the cluster.
     */
    public static Endpoint endpoint(Reachability reach, String spec) {
        if (spec.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            IpRange one = IpRange.parseCidr(spec + "/32").orElseThrow();
            return new Endpoint.External(one);
        }
        String ns = "default";
        String name = spec;
        int slash = spec.indexOf('/');
        if (slash >= 0) {
            ns = spec.substring(0, slash);
            name = spec.substring(slash + 1);
        }
        String kind = null;
        int bracket = name.indexOf('[');
        if (bracket > 0 && name.endsWith("]")) {
            kind = name.substring(bracket + 1, name.length() - 1);
            name = name.substring(0, bracket);
        }
        List<Pod> hits = new ArrayList<>();
        for (Pod p : reach.cluster().pods()) {
            boolean nameHit = p.owner().name().equals(name) || p.name().equals(name);
            if (p.namespace().equals(ns) && nameHit && (kind == null || p.owner().kind().equals(kind))) {
                hits.add(p);
            }
        }
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' names no workload or pod in the manifests"
                    + " (expected namespace/name, namespace/name[Kind] or an IPv4 address)");
        }
        if (hits.stream().map(Pod::owner).distinct().count() > 1) {
            throw new IllegalArgumentException("'" + spec + "' is ambiguous: " + hits.stream().map(p -> p.owner().toString()).distinct().toList()
                    + "; add the kind, e.g. " + hits.get(0).owner());
        }
        return new Endpoint.PodEndpoint(hits.get(0));
    }
}
