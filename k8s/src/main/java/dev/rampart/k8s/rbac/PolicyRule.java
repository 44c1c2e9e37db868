package dev.rampart.k8s.rbac;

import java.util.List;

/**
 * One RBAC rule. A resource rule grants when verb, API group, resource (with subresource) and, if
 * listed, resource name all match; a non-resource rule grants by URL path and is honoured only in a
 * ClusterRole bound by a ClusterRoleBinding.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole and
 * https://kubernetes.io/docs/reference/kubernetes-api/authorization-resources/role-v1/#PolicyRule
 */
public record PolicyRule(List<String> verbs, List<String> apiGroups, List<String> resources,
        List<String> resourceNames, List<String> nonResourceURLs) {

    public static final String ALL = "*";

    public PolicyRule {
        verbs = List.copyOf(verbs);
        apiGroups = List.copyOf(apiGroups);
        resources = List.copyOf(resources);
        resourceNames = List.copyOf(resourceNames);
        nonResourceURLs = List.copyOf(nonResourceURLs);
    }

    public boolean matchesVerb(String verb) {
        return verbs.contains(ALL) || verbs.contains(verb);
    }

    public boolean matchesGroup(String group) {
        return apiGroups.contains(ALL) || apiGroups.contains(group);
    }

    /**
     * {@code pods} does not grant {@code pods/exec}: a subresource matches only {@code resource/sub},
     * {@code * /sub} (written without the space) or {@code *}.
     */
    public boolean matchesResource(String resource, String subresource) {
        String combined = subresource.isEmpty() ? resource : resource + "/" + subresource;
        for (String r : resources) {
            if (r.equals(ALL) || r.equals(combined) || (!subresource.isEmpty() && r.equals("*/" + subresource))) {
                return true;
            }
        }
        return false;
    }

    /** A rule listing resourceNames matches only requests naming one of them (never list or create without a name). */
    public boolean matchesName(String name) {
        return resourceNames.isEmpty() || resourceNames.contains(name);
    }

    /** {@code *} matches every path; a trailing {@code *} matches by prefix. */
    public boolean matchesUrl(String path) {
        for (String u : nonResourceURLs) {
            if (u.equals(ALL) || u.equals(path) || (u.endsWith("*") && path.startsWith(u.substring(0, u.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    public boolean isNonResource() {
        return !nonResourceURLs.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("verbs=").append(String.join(",", verbs));
        if (isNonResource()) {
            return sb.append(" nonResourceURLs=").append(String.join(",", nonResourceURLs)).toString();
        }
        sb.append(" apiGroups=").append(String.join(",", apiGroups.stream().map(g -> g.isEmpty() ? "\"\"" : g).toList()))
                .append(" resources=").append(String.join(",", resources));
        if (!resourceNames.isEmpty()) {
            sb.append(" resourceNames=").append(String.join(",", resourceNames));
        }
        return sb.toString();
    }
}
