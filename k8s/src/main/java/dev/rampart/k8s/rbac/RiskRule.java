package dev.rampart.k8s.rbac;

import java.util.List;

/**
 * The risky grants {@code rbac risks} looks for, each with the requests that reveal it and why it matters.
 *
 * <p>Background: https://kubernetes.io/docs/concepts/security/rbac-good-practices/
 */
public enum RiskRule {
    SECRETS_CLUSTER_WIDE("rbac-secrets-read-cluster-wide", Severity.HIGH,
            "reads secrets in every namespace, including service-account tokens",
            List.of(probe("get", "secrets"), probe("list", "secrets"), probe("watch", "secrets"))),
    POD_CREATE("rbac-pod-create", Severity.HIGH,
            "creates pods, so can run as any service account of the namespace and read its token and mounted secrets",
            List.of(probe("create", "pods"))),
    POD_EXEC("rbac-pod-exec", Severity.HIGH,
            "execs into or attaches to pods, taking over their service-account tokens",
            List.of(probe("create", "pods/exec"), probe("get", "pods/exec"), probe("create", "pods/attach"), probe("get", "pods/attach"))),
    ESCALATE("rbac-escalate", Severity.CRITICAL,
            "may write roles with permissions it does not hold (escalate)",
            List.of(probe("escalate", "roles.rbac.authorization.k8s.io"), probe("escalate", "clusterroles.rbac.authorization.k8s.io"))),
    BIND("rbac-bind", Severity.CRITICAL,
            "may bind roles with permissions it does not hold (bind)",
            List.of(probe("bind", "roles.rbac.authorization.k8s.io"), probe("bind", "clusterroles.rbac.authorization.k8s.io"))),
    IMPERSONATE("rbac-impersonate", Severity.CRITICAL,
            "may impersonate users, groups or service accounts and act with their rights",
            List.of(probe("impersonate", "users"), probe("impersonate", "groups"), probe("impersonate", "serviceaccounts"))),
    CREATE_BINDINGS("rbac-create-rolebindings", Severity.HIGH,
            "creates (cluster)rolebindings; with bind or an existing role this grants further rights",
            List.of(probe("create", "rolebindings.rbac.authorization.k8s.io"), probe("create", "clusterrolebindings.rbac.authorization.k8s.io"))),
    NODES_PROXY("rbac-nodes-proxy", Severity.CRITICAL,
            "reaches the kubelet API through nodes/proxy (exec in any pod of the node, bypassing audit)",
            List.of(probe("get", "nodes/proxy"), probe("create", "nodes/proxy"))),
    SA_TOKEN("rbac-serviceaccount-token", Severity.HIGH,
            "mints tokens for service accounts (serviceaccounts/token)",
            List.of(probe("create", "serviceaccounts/token"))),
    CSR_APPROVE("rbac-csr-approve", Severity.HIGH,
            "approves certificate signing requests, e.g. client certificates for system:masters",
            List.of(probe("update", "certificatesigningrequests/approval"), probe("patch", "certificatesigningrequests/approval"))),
    WILDCARD("rbac-wildcard", Severity.MEDIUM,
            "holds a wildcard grant ('*' in verbs, resources or apiGroups), which also covers resources added later",
            List.of()),
    DEFAULT_SA_BOUND("rbac-default-serviceaccount-bound", Severity.MEDIUM,
            "binds the 'default' service account, which every pod of the namespace gets unless it names another",
            List.of()),
    ESCALATION_PATH("rbac-escalation-path", Severity.CRITICAL,
            "can reach the rights of a more powerful service account by running a pod as it",
            List.of());

    /** Finding severities. */
    public enum Severity { CRITICAL, HIGH, MEDIUM, LOW }

    public final String id;
    public final Severity severity;
    public final String why;
    final List<Probe> probes;

    RiskRule(String id, Severity severity, String why, List<Probe> probes) {
        this.id = id;
        this.severity = severity;
        this.why = why;
        this.probes = probes;
    }

    private static Probe probe(String verb, String resource) {
        return new Probe(verb, resource);
    }

    /** A request that reveals the risk when granted. */
    record Probe(String verb, String resource) {}
}
