package dev.rampart.k8s.rbac;

import java.util.List;

/**
 * The answer to "can this user do this": allowed when at least one grant matches, with every
 * matching grant as the reason; denied otherwise (RBAC has no deny rules).
 */
public record AccessDecision(UserInfo user, AccessRequest request, boolean allowed, List<Grant> grants) {
    public AccessDecision {
        grants = List.copyOf(grants);
    }

    /** One line: {@code yes: ...} or {@code no: ...}. */
    public String reason() {
        if (!allowed) {
            return "no RBAC rule bound to " + user.name() + " or its groups " + user.groups().stream().sorted().toList()
                    + " allows " + request;
        }
        return grants.get(0).path();
    }
}
