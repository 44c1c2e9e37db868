package dev.rampart.k8s.netpol;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code netpol check}: whether the asked connections are allowed, and the segments of
 * the explanation that cover them (the rules that allow, or the rule or default that denies).
 *
 * @param port the port asked about; empty means "any connection at all"
 * @param allowed with a port: that port is allowed; without: some connection is allowed
 * @param relevant the explanation's segments that contain the asked port (all segments without a port)
 */
public record CheckResult(Explanation explanation, Optional<PortQuery> port, boolean allowed,
        ConnectionSet allowedConnections, List<Explanation.Segment> relevant) {

    public CheckResult {
        relevant = List.copyOf(relevant);
    }

    public static CheckResult of(Verdict v, Optional<PortQuery> port) {
        Explanation ex = Explanation.of(v);
        ConnectionSet allowed = v.allowed();
        if (port.isEmpty()) {
            List<Explanation.Segment> all = new java.util.ArrayList<>(ex.allowed());
            all.addAll(ex.denied());
            return new CheckResult(ex, port, !allowed.isEmpty(), allowed, all);
        }
        ConnectionSet q = port.get().asSet();
        List<Explanation.Segment> rel = new java.util.ArrayList<>();
        for (Explanation.Segment s : ex.allowed()) {
            if (!s.connections().intersect(q).isEmpty()) {
                rel.add(s);
            }
        }
        for (Explanation.Segment s : ex.denied()) {
            if (!s.connections().intersect(q).isEmpty()) {
                rel.add(s);
            }
        }
        return new CheckResult(ex, port, !allowed.intersect(q).isEmpty(), allowed, rel);
    }
}
