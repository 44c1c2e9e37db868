package dev.rampart.k8s.netpol;

import java.util.List;

/**
 * The decisions of one direction (egress at the source, ingress at the destination); their
 * connection sets partition all connections.
 *
 * @param evaluated false when that end is outside the cluster, where no policy applies
 */
public record DirectionVerdict(Direction direction, boolean evaluated, List<Decision> decisions) {
    public DirectionVerdict {
        decisions = List.copyOf(decisions);
    }

    public static DirectionVerdict notEvaluated(Direction d) {
        return new DirectionVerdict(d, false, List.of(new Decision(ConnectionSet.ALL, true, new Reason.SystemDefault())));
    }

    public ConnectionSet allowed() {
        ConnectionSet out = ConnectionSet.NONE;
        for (Decision d : decisions) {
            if (d.allowed()) {
                out = out.union(d.connections());
            }
        }
        return out;
    }
}
