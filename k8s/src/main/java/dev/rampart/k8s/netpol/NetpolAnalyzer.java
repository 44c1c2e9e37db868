package dev.rampart.k8s.netpol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The network verbs over a loaded cluster: {@link #list}, and the building blocks the others share.
 */
public final class NetpolAnalyzer {
    private NetpolAnalyzer() {}

    /** One endpoint per workload: its first pod (the pods of one workload share a template). */
    public static List<Endpoint> pods(Reachability r) {
        java.util.Map<Workload, Endpoint> byOwner = new java.util.LinkedHashMap<>();
        for (Pod p : r.cluster().pods()) {
            byOwner.putIfAbsent(p.owner(), new Endpoint.PodEndpoint(p));
        }
        return new ArrayList<>(byOwner.values());
    }

    /**
     * Every allowed connection (netpol-analyzer's connlist). Sources are evaluated in parallel: a
     * {@link Reachability} is read-only once built.
     */
    public static ConnList list(Reachability r) {
        List<Endpoint> pods = pods(r);
        List<Connection> out = IntStream.range(0, pods.size()).parallel().mapToObj(i -> {
            Endpoint src = pods.get(i);
            List<Connection> part = new ArrayList<>();
            for (Endpoint dst : pods) {
                if (!samePeer(src, dst)) {
                    add(r, src, dst, part);
                }
            }
            for (IpRange ip : r.externalDestinations()) {
                add(r, src, new Endpoint.External(ip), part);
            }
            for (IpRange ip : r.externalSources()) {
                add(r, new Endpoint.External(ip), src, part);
            }
            return part;
        }).flatMap(List::stream).toList();
        return new ConnList(sortByLine(out), r.issues());
    }

    /**
     * An explanation for every pair a connlist ranges over (including pairs with nothing allowed), sorted
     * by source then destination display name: what {@code list --explain} prints.
     */
    public static List<Explanation> explainAll(Reachability r) {
        List<Endpoint> pods = pods(r);
        List<Explanation> out = new ArrayList<>();
        for (Endpoint src : pods) {
            for (Endpoint dst : pods) {
                if (!samePeer(src, dst)) {
                    out.add(Explanation.of(r.verdict(src, dst)));
                }
            }
            for (IpRange ip : r.externalDestinations()) {
                out.add(Explanation.of(r.verdict(src, new Endpoint.External(ip))));
            }
            for (IpRange ip : r.externalSources()) {
                out.add(Explanation.of(r.verdict(new Endpoint.External(ip), src)));
            }
        }
        out.sort(Comparator.comparing((Explanation e) -> e.source().display()).thenComparing(e -> e.destination().display()));
        return out;
    }

    private static void add(Reachability r, Endpoint src, Endpoint dst, List<Connection> out) {
        ConnectionSet c = r.allowed(src, dst);
        if (!c.isEmpty()) {
            out.add(new Connection(src, dst, c));
        }
    }

    /** {@link #pods} holds one pod per workload, so the same workload is the same pod object. */
    private static boolean samePeer(Endpoint a, Endpoint b) {
        return a instanceof Endpoint.PodEndpoint pa && b instanceof Endpoint.PodEndpoint pb && pa.pod() == pb.pod();
    }

    private static List<Connection> sortByLine(List<Connection> in) {
        record Keyed(String line, Connection c) {}
        return in.stream().map(c -> new Keyed(c.line(), c)).sorted(Comparator.comparing(Keyed::line)).map(Keyed::c).toList();
    }
}
