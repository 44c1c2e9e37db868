package dev.rampart.k8s.rbac;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An authenticated identity as the authorizer sees it: a user name and groups. Every authenticated
 * user is in {@code system:authenticated}; a service account {@code system:serviceaccount:<ns>:<name>}
 * is also in {@code system:serviceaccounts} and {@code system:serviceaccounts:<ns>}.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions
 */
public record UserInfo(String name, Set<String> groups) {
    public static final String AUTHENTICATED = "system:authenticated";
    public static final String SERVICE_ACCOUNTS = "system:serviceaccounts";
    public static final String SA_PREFIX = "system:serviceaccount:";

    public UserInfo {
        groups = Set.copyOf(groups);
    }

    /** The identity for {@code --as}, with the implicit groups added; extra groups as given by {@code --as-group}. */
    public static UserInfo of(String name, List<String> extraGroups) {
        Set<String> g = new LinkedHashSet<>(extraGroups);
        g.add(AUTHENTICATED);
        if (name.startsWith(SA_PREFIX)) {
            String[] parts = name.substring(SA_PREFIX.length()).split(":", -1);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException("'" + name
                        + "' is not a service account user name (expected system:serviceaccount:<namespace>:<name>)");
            }
            g.add(SERVICE_ACCOUNTS);
            g.add(SERVICE_ACCOUNTS + ":" + parts[0]);
        }
        return new UserInfo(name, g);
    }

    public boolean matches(Subject s) {
        return switch (s.kind()) {
            case USER -> s.name().equals(name);
            case GROUP -> groups.contains(s.name());
            case SERVICE_ACCOUNT -> s.userName().equals(name);
        };
    }
}
