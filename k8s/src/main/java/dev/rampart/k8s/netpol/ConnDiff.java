package dev.rampart.k8s.netpol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Connections added, removed and changed between two clusters ({@code ref1} before, {@code ref2} after).
 * Workloads are matched by namespace, name and kind. External ranges are cut at the boundaries of both
 * sides; adjacent ranges with the same change towards the same workload are merged into one line.
 */
public record ConnDiff(List<Entry> entries) {
    public ConnDiff {
        entries = List.copyOf(entries);
    }

    /** How a pair changed. */
    public enum Type {
        CHANGED("changed"), ADDED("added"), REMOVED("removed");

        public final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }
    }

    /**
     * One changed pair.
     *
     * @param workloadsInfo e.g. {@code workload ns/x[Deployment] added} when an end exists on one side only
     */
    public record Entry(Type type, String source, String destination, ConnectionSet ref1, ConnectionSet ref2,
            Optional<String> workloadsInfo) {
        /** netpol-analyzer's txt line. */
        public String line() {
            return "diff-type: " + type.wireName + ", source: " + source + ", destination: " + destination
                    + ", ref1: " + ref1 + ", ref2: " + ref2 + workloadsInfo.map(w -> ", workloads-diff-info: " + w).orElse("");
        }
    }

    public static ConnDiff between(Reachability before, Reachability after) {
        Map<Workload, Pod> w1 = byWorkload(before);
        Map<Workload, Pod> w2 = byWorkload(after);
        TreeSet<Workload> all = new TreeSet<>(w1.keySet());
        all.addAll(w2.keySet());
        List<Entry> out = new ArrayList<>();
        for (Workload a : all) {
            for (Workload b : all) {
                if (a.equals(b)) {
                    continue;
                }
                ConnectionSet c1 = conns(before, w1.get(a), w1.get(b));
                ConnectionSet c2 = conns(after, w2.get(a), w2.get(b));
                entry(a.toString(), b.toString(), c1, c2, info(List.of(a, b), w1, w2)).ifPresent(out::add);
            }
            externals(before, after, w1.get(a), w2.get(a), a, info(List.of(a), w1, w2), out);
        }
        out.sort(Comparator.comparing(Entry::type).thenComparing(Entry::source).thenComparing(Entry::destination));
        return new ConnDiff(out);
    }

    private static void externals(Reachability r1, Reachability r2, @Nullable Pod p1, @Nullable Pod p2, Workload w,
            Optional<String> info, List<Entry> out) {
        for (Direction d : Direction.values()) {
            List<IpRange> atoms = merge(d == Direction.INGRESS ? r1.externalSources() : r1.externalDestinations(),
                    d == Direction.INGRESS ? r2.externalSources() : r2.externalDestinations());
            IpRange runStart = null;
            IpRange runEnd = null;
            ConnectionSet[] run = null;
            for (IpRange atom : atoms) {
                Endpoint ext = new Endpoint.External(atom);
                ConnectionSet c1 = p1 == null ? ConnectionSet.NONE : d == Direction.INGRESS
                        ? r1.allowed(ext, new Endpoint.PodEndpoint(p1)) : r1.allowed(new Endpoint.PodEndpoint(p1), ext);
                ConnectionSet c2 = p2 == null ? ConnectionSet.NONE : d == Direction.INGRESS
                        ? r2.allowed(ext, new Endpoint.PodEndpoint(p2)) : r2.allowed(new Endpoint.PodEndpoint(p2), ext);
                boolean differs = !c1.equals(c2);
                if (run != null && (!differs || !run[0].equals(c1) || !run[1].equals(c2))) {
                    flush(d, new IpRange(runStart.first(), runEnd.last()), w, run, info, out);
                    run = null;
                }
                if (differs) {
                    if (run == null) {
                        run = new ConnectionSet[] {c1, c2};
                        runStart = atom;
                    }
                    runEnd = atom;
                }
            }
            if (run != null) {
                flush(d, new IpRange(runStart.first(), runEnd.last()), w, run, info, out);
            }
        }
    }

    private static void flush(Direction d, IpRange range, Workload w, ConnectionSet[] run, Optional<String> info,
            List<Entry> out) {
        String ext = new Endpoint.External(range).display();
        String src = d == Direction.INGRESS ? ext : w.toString();
        String dst = d == Direction.INGRESS ? w.toString() : ext;
        entry(src, dst, run[0], run[1], info).ifPresent(out::add);
    }

    private static Optional<Entry> entry(String src, String dst, ConnectionSet c1, ConnectionSet c2, Optional<String> info) {
        if (c1.equals(c2)) {
            return Optional.empty();
        }
        Type t = c1.isEmpty() ? Type.ADDED : c2.isEmpty() ? Type.REMOVED : Type.CHANGED;
        return Optional.of(new Entry(t, src, dst, c1, c2, info));
    }

    private static Optional<String> info(List<Workload> ends, Map<Workload, Pod> w1, Map<Workload, Pod> w2) {
        List<String> added = ends.stream().filter(w -> !w1.containsKey(w)).map(Workload::toString).toList();
        List<String> removed = ends.stream().filter(w -> !w2.containsKey(w)).map(Workload::toString).toList();
        if (!added.isEmpty()) {
            return Optional.of("workload " + String.join(" and ", added) + " added");
        }
        if (!removed.isEmpty()) {
            return Optional.of("workload " + String.join(" and ", removed) + " removed");
        }
        return Optional.empty();
    }

    private static ConnectionSet conns(Reachability r, @Nullable Pod a, @Nullable Pod b) {
        if (a == null || b == null) {
            return ConnectionSet.NONE;
        }
        return r.allowed(new Endpoint.PodEndpoint(a), new Endpoint.PodEndpoint(b));
    }

    private static Map<Workload, Pod> byWorkload(Reachability r) {
        Map<Workload, Pod> m = new LinkedHashMap<>();
        for (Pod p : r.cluster().pods()) {
            m.putIfAbsent(p.owner(), p);
        }
        return m;
    }

    private static List<IpRange> merge(List<IpRange> a, List<IpRange> b) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (IpRange r : a) {
            cuts.add(r.first());
        }
        for (IpRange r : b) {
            cuts.add(r.first());
        }
        cuts.add(IpRange.MAX + 1);
        List<IpRange> out = new ArrayList<>();
        Long prev = null;
        for (Long c : cuts) {
            if (prev != null) {
                out.add(new IpRange(prev, c - 1));
            }
            prev = c;
        }
        return out;
    }
}
