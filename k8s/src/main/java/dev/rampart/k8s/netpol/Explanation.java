package dev.rampart.k8s.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Verdict} cut into segments of connections that share both directions' reasons: for each
 * segment, whether it is allowed and which egress and ingress decision applied. This is what
 * {@code netpol check} and the explain output print.
 *
 * @param systemDefaultOnly every connection is allowed by the system default in both directions
 *     (no policy of any tier has a say)
 */
public record Explanation(Endpoint source, Endpoint destination, List<Segment> allowed, List<Segment> denied,
        boolean systemDefaultOnly) {

    public Explanation {
        allowed = List.copyOf(allowed);
        denied = List.copyOf(denied);
    }

    /** Connections decided alike: {@code egress} at the source, {@code ingress} at the destination. */
    public record Segment(ConnectionSet connections, Decision egress, Decision ingress) {
        public boolean allowed() {
            return egress.allowed() && ingress.allowed();
        }
    }

    public static Explanation of(Verdict v) {
        Map<List<Object>, Segment> groups = new LinkedHashMap<>();
        boolean defaultOnly = true;
        for (Decision e : v.egress().decisions()) {
            for (Decision i : v.ingress().decisions()) {
                ConnectionSet c = e.connections().intersect(i.connections());
                if (c.isEmpty()) {
                    continue;
                }
                defaultOnly &= isDefault(e) && isDefault(i);
                List<Object> key = List.of(e.allowed(), e.reason(), e.passedBy(), i.allowed(), i.reason(), i.passedBy());
                Segment prev = groups.get(key);
                groups.put(key, prev == null ? new Segment(c, e, i)
                        : new Segment(prev.connections().union(c), prev.egress(), prev.ingress()));
            }
        }
        List<Segment> allowed = new ArrayList<>();
        List<Segment> denied = new ArrayList<>();
        for (Segment s : groups.values()) {
            (s.allowed() ? allowed : denied).add(s);
        }
        return new Explanation(v.source(), v.destination(), allowed, denied, defaultOnly);
    }

    private static boolean isDefault(Decision d) {
        return d.reason() instanceof Reason.SystemDefault && d.passedBy().equals(Optional.empty());
    }
}
