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

    /** One endpoint per workload. */
    public static List<Endpoint> pods(Reachability r) {
        List<Endpoint> out = new ArrayList<>();
        for (Pod p : r.cluster().pods()) {
            out.add(new Endpoint.PodEndpoint(p));
        }
        return out;
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
        }).flatMap(List::stream).sorted(Comparator.comparing(Connection::line)).toList();
        return new ConnList(out, r.issues());
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

    private static boolean samePeer(Endpoint a, Endpoint b) {
        return a instanceof Endpoint.PodEndpoint pa && b instanceof Endpoint.PodEndpoint pb
                && pa.pod().owner().equals(pb.pod().owner());
    }
}
