package dev.rampart.k8s.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the synthetic cluster the scale benchmark loads: 200 namespaces, 10,000 pods (Pod objects owned by
 * 2,000 ReplicaSets, as in a {@code kubectl get pods -A -o yaml} dump), 2,000 NetworkPolicies (a default deny
 * and nine allow policies per namespace, with named ports, endPort ranges, ipBlocks with except, namespace
 * and pod selectors), 5 AdminNetworkPolicies and a baseline; and for RBAC 5,000 bindings.
 */
final class ScaleCluster {
    static final int NAMESPACES = 200;
    static final int WORKLOADS_PER_NS = 10;
    static final int PODS_PER_WORKLOAD = 5;
    static final int BINDINGS_PER_NS = 25;
    private static final String[] TIERS = {"web", "api", "db"};

    private ScaleCluster() {}

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int n = 0; n < NAMESPACES; n++) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "ns-%03d.yaml", n)), StandardCharsets.UTF_8)) {
                namespace(w, n);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("admin.yaml"), StandardCharsets.UTF_8)) {
            admin(w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("rbac-cluster.yaml"), StandardCharsets.UTF_8)) {
            clusterRbac(w);
        }
    }

    private static String ns(int n) {
        return String.format(Locale.ROOT, "ns-%03d", n);
    }

    private static void namespace(Writer w, int n) throws IOException {
        String ns = ns(n);
        w.write("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + ns + "\n  labels:\n    team: t" + (n % 20)
                + "\n    env: " + (n % 2 == 0 ? "prod" : "dev") + "\n");
        for (int k = 0; k < WORKLOADS_PER_NS; k++) {
            for (int r = 0; r < PODS_PER_WORKLOAD; r++) {
                w.write("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: app-" + k + "-rs-" + r + "\n  namespace: " + ns
                        + "\n  labels:\n    app: app-" + k + "\n    tier: " + TIERS[k % 3]
                        + "\n  ownerReferences:\n  - apiVersion: apps/v1\n    kind: ReplicaSet\n    name: app-" + k + "-rs\n    controller: true\n"
                        + "spec:\n  containers:\n  - name: main\n    image: app:1\n    ports:\n    - {name: http, containerPort: " + (8080 + k)
                        + "}\n    - {name: metrics, containerPort: 9090}\n    - {name: dns, containerPort: 53, protocol: UDP}\n");
            }
        }
        w.write("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: default-deny, namespace: " + ns
                + "}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n");
        for (int k = 1; k < WORKLOADS_PER_NS; k++) {
            w.write("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: allow-app-" + k + ", namespace: " + ns
                    + "}\nspec:\n  podSelector: {matchLabels: {app: app-" + k + "}}\n  ingress:\n"
                    + "  - from: [{podSelector: {matchLabels: {tier: web}}}]\n    ports: [{port: http}]\n"
                    + "  - from: [{namespaceSelector: {matchLabels: {team: t" + ((n + k) % 20) + "}}, podSelector: {matchExpressions: [{key: tier, operator: In, values: [api, db]}]}}]\n"
                    + "    ports: [{port: 8080, endPort: 8090}, {port: metrics}]\n"
                    + "  - from: [{ipBlock: {cidr: 10." + (n % 250) + ".0.0/16, except: [10." + (n % 250) + "." + k + ".0/24]}}]\n    ports: [{port: 443}]\n"
                    + "  egress:\n  - to: [{namespaceSelector: {matchLabels: {env: prod}}, podSelector: {matchLabels: {tier: db}}}]\n"
                    + "  - to: [{namespaceSelector: {}}]\n    ports: [{port: dns, protocol: UDP}]\n"
                    + "  - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]}}]\n    ports: [{port: 443}]\n");
        }
        rbac(w, n);
    }

    private static void rbac(Writer w, int n) throws IOException {
        String ns = ns(n);
        w.write("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: deployer, namespace: " + ns + "}\nrules:\n"
                + "- apiGroups: [apps]\n  resources: [deployments, replicasets]\n  verbs: [get, list, watch, create, update, patch]\n"
                + "- apiGroups: ['']\n  resources: [pods, pods/log]\n  verbs: [get, list]\n- apiGroups: ['']\n  resources: [secrets]\n  resourceNames: [app-tls]\n  verbs: [get]\n");
        String[] roles = {"Role deployer", "ClusterRole view", "ClusterRole edit", "ClusterRole admin", "ClusterRole secret-reader"};
        for (int b = 0; b < BINDINGS_PER_NS; b++) {
            String[] ref = roles[b % roles.length].split(" ");
            w.write("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: rb-" + b + ", namespace: " + ns + "}\n"
                    + "subjects:\n- {kind: User, name: user-" + ((n * BINDINGS_PER_NS + b) % 3000) + ", apiGroup: rbac.authorization.k8s.io}\n"
                    + "- {kind: ServiceAccount, name: sa-" + (b % 7) + ", namespace: " + ns + "}\n"
                    + (b % 5 == 0 ? "- {kind: Group, name: team-" + (n % 20) + ", apiGroup: rbac.authorization.k8s.io}\n" : "")
                    + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: " + ref[0] + ", name: " + ref[1] + "}\n");
        }
    }

    private static void admin(Writer w) throws IOException {
        for (int a = 0; a < 5; a++) {
            w.write((a == 0 ? "" : "---\n") + "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: anp-" + a
                    + "}\nspec:\n  priority: " + (10 + a) + "\n  subject: {namespaces: {matchLabels: {team: t" + a + "}}}\n  ingress:\n"
                    + "  - {name: pass-same-team, action: Pass, from: [{namespaces: {matchLabels: {team: t" + a + "}}}]}\n"
                    + "  - {name: deny-dev, action: Deny, from: [{namespaces: {matchLabels: {env: dev}}}], ports: [{portRange: {protocol: TCP, start: 1, end: 1024}}]}\n"
                    + "  egress:\n  - {name: allow-dns, action: Allow, to: [{namespaces: {}}], ports: [{portNumber: {protocol: UDP, port: 53}}]}\n"
                    + "  - {name: deny-metadata, action: Deny, to: [{networks: [169.254.169.254/32]}]}\n");
        }
        w.write("---\napiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec:\n"
                + "  subject: {namespaces: {}}\n  ingress:\n  - {name: deny-all, action: Deny, from: [{namespaces: {}}]}\n");
    }

    private static void clusterRbac(Writer w) throws IOException {
        w.write("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: view}\nrules:\n"
                + "- apiGroups: ['', apps, batch]\n  resources: [pods, services, configmaps, deployments, replicasets, jobs]\n  verbs: [get, list, watch]\n"
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: edit, labels: {rbac.authorization.k8s.io/aggregate-to-admin: 'true'}}\n"
                + "aggregationRule:\n  clusterRoleSelectors: [{matchLabels: {rbac.authorization.k8s.io/aggregate-to-edit: 'true'}}]\n"
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: edit-rules, labels: {rbac.authorization.k8s.io/aggregate-to-edit: 'true'}}\nrules:\n"
                + "- apiGroups: ['', apps]\n  resources: [pods, pods/exec, secrets, deployments, services]\n  verbs: [get, list, watch, create, update, patch, delete]\n"
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: admin}\n"
                + "aggregationRule:\n  clusterRoleSelectors: [{matchLabels: {rbac.authorization.k8s.io/aggregate-to-admin: 'true'}}]\n"
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: secret-reader}\nrules:\n"
                + "- apiGroups: ['']\n  resources: [secrets]\n  verbs: [get, list]\n");
    }
}
