package dev.rampart.k8s.manifests;

import dev.rampart.k8s.LabelSelector;
import dev.rampart.k8s.rbac.Binding;
import dev.rampart.k8s.rbac.PolicyRule;
import dev.rampart.k8s.rbac.RbacModel;
import dev.rampart.k8s.rbac.Role;
import dev.rampart.k8s.rbac.RoleRef;
import dev.rampart.k8s.rbac.Subject;
import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Translates Roles, ClusterRoles, RoleBindings and ClusterRoleBindings (rbac.authorization.k8s.io/v1). */
public final class RbacTranslator {
    private RbacTranslator() {}

    public static RbacModel toModel(Manifests m) throws ManifestException {
        List<Role> roles = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (KObject o : m.objects()) {
            try {
                switch (o.kind()) {
                    case "Role" -> roles.add(role(o, RoleRef.role(ns(o), o.name())));
                    case "ClusterRole" -> roles.add(role(o, RoleRef.clusterRole(o.name())));
                    case "RoleBinding" -> bindings.add(binding(o, ns(o)));
                    case "ClusterRoleBinding" -> bindings.add(binding(o, null));
                    default -> { }
                }
            } catch (Fields.FieldException | IllegalArgumentException e) {
                throw new ManifestException(o.source() + ": " + o.describe() + ": " + e.getMessage(), e);
            }
        }
        return new RbacModel(roles, bindings, issues);
    }

    private static String ns(KObject o) {
        return o.namespace() == null || o.namespace().isEmpty() ? "default" : o.namespace();
    }

    private static Role role(KObject o, RoleRef ref) {
        List<PolicyRule> rules = new ArrayList<>();
        for (Fields r : o.body().objects("rules")) {
            rules.add(new PolicyRule(lower(r.strings("verbs")), r.strings("apiGroups"), lower(r.strings("resources")),
                    r.strings("resourceNames"), r.strings("nonResourceURLs")));
        }
        List<LabelSelector> agg = new ArrayList<>();
        o.body().object("aggregationRule").ifPresent(a -> a.objects("clusterRoleSelectors").forEach(s -> agg.add(Selectors.read(s))));
        return new Role(ref, o.body().objectOrEmpty("metadata").stringMap("labels"), rules, agg, false);
    }

    private static List<String> lower(List<String> l) {
        return l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static Binding binding(KObject o, @Nullable String namespace) {
        Fields ref = o.body().object("roleRef").orElseThrow(() -> new Fields.FieldException("roleRef: required field is missing"));
        String kind = ref.requiredString("kind");
        RoleRef roleRef = switch (kind) {
            case "Role" -> {
                if (namespace == null) {
                    throw new Fields.FieldException("roleRef.kind: a ClusterRoleBinding can only reference a ClusterRole");
                }
                yield RoleRef.role(namespace, ref.requiredString("name"));
            }
            case "ClusterRole" -> RoleRef.clusterRole(ref.requiredString("name"));
            default -> throw new Fields.FieldException("roleRef.kind: unknown kind '" + kind + "' (expected Role or ClusterRole)");
        };
        List<Subject> subjects = new ArrayList<>();
        for (Fields s : o.body().objects("subjects")) {
            Subject.Kind k = Subject.Kind.parse(s.requiredString("kind"));
            String sns = k == Subject.Kind.SERVICE_ACCOUNT ? s.string("namespace").orElse(namespace == null ? "default" : namespace) : null;
            subjects.add(new Subject(k, s.requiredString("name"), sns));
        }
        return new Binding(namespace, o.name(), roleRef, subjects);
    }
}
