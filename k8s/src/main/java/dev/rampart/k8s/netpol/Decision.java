package dev.rampart.k8s.netpol;

import java.util.Optional;

/**
 * A set of connections with its outcome in one direction and the reason.
 *
 * @param passedBy the admin rule that passed these connections down to NetworkPolicy or the baseline, if any
 */
public record Decision(ConnectionSet connections, boolean allowed, Reason reason, Optional<Reason.AdminRule> passedBy) {
    public Decision(ConnectionSet connections, boolean allowed, Reason reason) {
        this(connections, allowed, reason, Optional.empty());
    }
}
