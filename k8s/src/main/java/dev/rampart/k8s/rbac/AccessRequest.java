package dev.rampart.k8s.rbac;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is asked of the authorizer: a verb on a resource, or on a non-resource URL path.
 *
 * <p>Spec: https://kubernetes.io/docs/reference/access-authn-authz/authorization/#review-your-request-attributes
 */
public sealed interface AccessRequest {

    String verb();

    /**
     * A resource request.
     *
     * @param group the API group ({@code ""} for core); null when the caller did not say and the resource
     *     is not a built-in one, in which case rules of any group match (there is no discovery offline)
     * @param namespace the namespace; {@code ""} for cluster-scoped resources; null for "any namespace"
     *     (who-can across the cluster)
     * @param name the object name, {@code ""} when the request names none (list, create, watch)
     */
    record Resource(String verb, @Nullable String group, String resource, String subresource, String name,
            @Nullable String namespace) implements AccessRequest {
        @Override
        public String toString() {
            String r = subresource.isEmpty() ? resource : resource + "/" + subresource;
            String g = group == null || group.isEmpty() ? "" : "." + group;
            return verb + " " + r + g + (name.isEmpty() ? "" : " " + name)
                    + (namespace == null ? " (any namespace)" : namespace.isEmpty() ? " (cluster-scoped)" : " -n " + namespace);
        }
    }

    /** A non-resource URL such as {@code /healthz}. */
    record NonResource(String verb, String path) implements AccessRequest {
        @Override
        public String toString() {
            return verb + " " + path;
        }
    }

    /** Cluster-scoped built-in resources: a RoleBinding never grants them. */
    Set<String> CLUSTER_SCOPED = Set.of("nodes", "namespaces", "persistentvolumes", "clusterroles",
            "clusterrolebindings", "certificatesigningrequests", "customresourcedefinitions", "storageclasses",
            "priorityclasses", "validatingwebhookconfigurations", "mutatingwebhookconfigurations", "apiservices",
            "csidrivers", "csinodes", "runtimeclasses", "ingressclasses", "podsecuritypolicies", "tokenreviews",
            "subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews", "componentstatuses",
            "volumeattachments", "validatingadmissionpolicies", "validatingadmissionpolicybindings", "flowschemas",
            "prioritylevelconfigurations", "adminnetworkpolicies", "baselineadminnetworkpolicies", "ipaddresses",
            "servicecidrs", "clustertrustbundles", "deviceclasses");

    /** Built-in resources by group, so that {@code get deployments} means group {@code apps}. */
    java.util.Map<String, String> BUILTIN_GROUPS = java.util.Map.ofEntries(
            java.util.Map.entry("pods", ""), java.util.Map.entry("services", ""), java.util.Map.entry("secrets", ""),
            java.util.Map.entry("configmaps", ""), java.util.Map.entry("serviceaccounts", ""),
            java.util.Map.entry("nodes", ""), java.util.Map.entry("namespaces", ""),
            java.util.Map.entry("persistentvolumes", ""), java.util.Map.entry("persistentvolumeclaims", ""),
            java.util.Map.entry("endpoints", ""), java.util.Map.entry("events", ""),
            java.util.Map.entry("replicationcontrollers", ""), java.util.Map.entry("resourcequotas", ""),
            java.util.Map.entry("limitranges", ""), java.util.Map.entry("podtemplates", ""),
            java.util.Map.entry("componentstatuses", ""), java.util.Map.entry("bindings", ""),
            java.util.Map.entry("users", ""), java.util.Map.entry("groups", ""),
            java.util.Map.entry("deployments", "apps"), java.util.Map.entry("statefulsets", "apps"),
            java.util.Map.entry("daemonsets", "apps"), java.util.Map.entry("replicasets", "apps"),
            java.util.Map.entry("controllerrevisions", "apps"),
            java.util.Map.entry("jobs", "batch"), java.util.Map.entry("cronjobs", "batch"),
            java.util.Map.entry("roles", "rbac.authorization.k8s.io"),
            java.util.Map.entry("rolebindings", "rbac.authorization.k8s.io"),
            java.util.Map.entry("clusterroles", "rbac.authorization.k8s.io"),
            java.util.Map.entry("clusterrolebindings", "rbac.authorization.k8s.io"),
            java.util.Map.entry("networkpolicies", "networking.k8s.io"),
            java.util.Map.entry("ingresses", "networking.k8s.io"),
            java.util.Map.entry("certificatesigningrequests", "certificates.k8s.io"),
            java.util.Map.entry("customresourcedefinitions", "apiextensions.k8s.io"),
            java.util.Map.entry("localsubjectaccessreviews", "authorization.k8s.io"),
            java.util.Map.entry("subjectaccessreviews", "authorization.k8s.io"),
            java.util.Map.entry("selfsubjectaccessreviews", "authorization.k8s.io"),
            java.util.Map.entry("tokenreviews", "authentication.k8s.io"),
            java.util.Map.entry("horizontalpodautoscalers", "autoscaling"),
            java.util.Map.entry("poddisruptionbudgets", "policy"),
            java.util.Map.entry("storageclasses", "storage.k8s.io"),
            java.util.Map.entry("mutatingwebhookconfigurations", "admissionregistration.k8s.io"),
            java.util.Map.entry("validatingwebhookconfigurations", "admissionregistration.k8s.io"),
            java.util.Map.entry("leases", "coordination.k8s.io"));

    /**
     * Parses the command-line form: {@code /path} for a non-resource URL, else
     * {@code resource[.group][/subresource]}, e.g. {@code pods/exec}, {@code deployments.apps},
     * {@code gateways.gateway.networking.k8s.io}. Names are lower-cased; a cluster-scoped resource
     * ignores the namespace.
     *
     * @param namespace null for any namespace
     */
    static AccessRequest parse(String verb, String target, String name, @Nullable String namespace) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("a verb is required, e.g. get, list, create");
        }
        if (target.startsWith("/")) {
            return new NonResource(v, target);
        }
        String t = target.toLowerCase(Locale.ROOT);
        String sub = "";
        int slash = t.indexOf('/');
        if (slash >= 0) {
            sub = t.substring(slash + 1);
            t = t.substring(0, slash);
        }
        if (!BUILTIN_GROUPS.containsKey(t) && BUILTIN_GROUPS.containsKey(t + "s")) {
            t = t + "s"; // kubectl accepts the singular of built-in kinds: pod, secret
        }
        String group;
        int dot = t.indexOf('.');
        if (dot >= 0) {
            group = t.substring(dot + 1);
            t = t.substring(0, dot);
        } else {
            group = BUILTIN_GROUPS.get(t);
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("'" + target + "' names no resource (expected e.g. pods, pods/exec, deployments.apps)");
        }
        String ns = CLUSTER_SCOPED.contains(t) ? "" : namespace;
        return new Resource(v, group, t, sub, name, ns);
    }
}
