package dev.rampart.k8s.rbac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Kubernetes RBAC authorizer over a {@link RbacModel}: a request is allowed when any binding whose
 * subjects include the user (by name, group or service account) points at a role with a matching rule,
 * and the binding's scope covers the request:
 *
 * <ul>
 *   <li>a ClusterRoleBinding covers every namespace, cluster-scoped resources and non-resource URLs;
 *   <li>a RoleBinding covers namespaced resources in its own namespace only;
 *   <li>non-resource rules count only from a ClusterRole bound by a ClusterRoleBinding.
 * </ul>
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/ (the rule matching follows
 * the reference authorizer's documented behaviour: verbs, apiGroups, resources and subresources,
 * resourceNames, nonResourceURLs with {@code *} and trailing-{@code *} prefixes)
 */
public final class Authorizer {
    private final RbacModel model;

    public Authorizer(RbacModel model) {
        this.model = model;
    }

    public RbacModel model() {
        return model;
    }

    /** {@code can}: the decision with every grant that allows it. */
    public AccessDecision authorize(UserInfo user, AccessRequest request) {
        List<Grant> grants = new ArrayList<>();
        for (Binding b : model.bindings()) {
            for (Subject s : b.subjects()) {
                if (user.matches(s)) {
                    grant(b, s, request).ifPresent(grants::add);
                }
            }
        }
        return new AccessDecision(user, request, !grants.isEmpty(), grants);
    }

    /**
     * {@code who-can}: every (subject, binding) that grants the request, sorted by subject. A group
     * subject stands for all its members, including implicit groups ({@code system:authenticated},
     * {@code system:serviceaccounts[:<ns>]}).
     */
    public List<Grant> whoCan(AccessRequest request) {
        List<Grant> out = new ArrayList<>();
        for (Binding b : model.bindings()) {
            Optional<Grant> g = grant(b, null, request);
            if (g.isEmpty()) {
                continue;
            }
            for (Subject s : b.subjects()) {
                Grant x = g.get();
                out.add(new Grant(s, x.binding(), x.role(), x.rule(), x.namespace()));
            }
        }
        out.sort(Comparator.comparing((Grant g) -> g.subject().kind()).thenComparing(g -> g.subject().name())
                .thenComparing(g -> String.valueOf(g.subject().namespace())).thenComparing(g -> g.binding().toString()));
        return out;
    }

    /** The first rule through which {@code b} grants {@code request}, if its scope covers it. */
    Optional<Grant> grant(Binding b, @Nullable Subject s, AccessRequest request) {
        if (!inScope(b, request)) {
            return Optional.empty();
        }
        Optional<Role> role = model.role(RbacModel.resolve(b));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        for (PolicyRule rule : role.get().rules()) {
            if (matches(rule, request)) {
                Subject subj = s != null ? s : b.subjects().isEmpty() ? new Subject(Subject.Kind.USER, "", null) : b.subjects().get(0);
                return Optional.of(new Grant(subj, b, role.get(), rule, b.namespace()));
            }
        }
        return Optional.empty();
    }

    private static boolean inScope(Binding b, AccessRequest request) {
        return switch (request) {
            case AccessRequest.NonResource n -> b.isClusterBinding();
            case AccessRequest.Resource r -> b.isClusterBinding()
                    || (r.namespace() == null || r.namespace().equals(b.namespace())) && !"".equals(r.namespace());
        };
    }

    static boolean matches(PolicyRule rule, AccessRequest request) {
        if (!rule.matchesVerb(request.verb())) {
            return false;
        }
        return switch (request) {
            case AccessRequest.NonResource n -> rule.matchesUrl(n.path());
            case AccessRequest.Resource r -> !rule.isNonResource()
                    && (r.group() == null ? !rule.apiGroups().isEmpty() : rule.matchesGroup(r.group()))
                    && rule.matchesResource(r.resource(), r.subresource())
                    && rule.matchesName(r.name());
        };
    }
}
