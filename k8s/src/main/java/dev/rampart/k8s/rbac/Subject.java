package dev.rampart.k8s.rbac;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A binding subject: a user, a group or a service account ({@code namespace} set).
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects
 */
public record Subject(Kind kind, String name, @Nullable String namespace) implements Comparable<Subject> {
    public enum Kind {
        USER("User"), GROUP("Group"), SERVICE_ACCOUNT("ServiceAccount");

        public final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.wireName.equalsIgnoreCase(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown subject kind '" + s + "' (expected User, Group or ServiceAccount)");
        }
    }

    /** The user name the API server gives this service account: {@code system:serviceaccount:<ns>:<name>}. */
    public String userName() {
        return kind == Kind.SERVICE_ACCOUNT ? "system:serviceaccount:" + namespace + ":" + name : name;
    }

    @Override
    public int compareTo(Subject o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return kind.wireName + " " + (namespace == null ? name : namespace + "/" + name);
    }

    /** Lower-case kind for table keys. */
    public String kindKey() {
        return kind.wireName.toLowerCase(Locale.ROOT);
    }
}
