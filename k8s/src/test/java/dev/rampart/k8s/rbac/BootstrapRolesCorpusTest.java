package dev.rampart.k8s.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.manifests.ManifestLoader;
import dev.rampart.k8s.manifests.Manifests;
import dev.rampart.k8s.manifests.RbacTranslator;
import dev.rampart.testkit.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default admin/edit/view ClusterRoles of {@code k8s/k8s-rbac-bootstrap}: aggregation results and the
 * spot checks of its README, each bound by a RoleBinding in {@code ns1} (or a ClusterRoleBinding for the
 * non-resource URL check).
 */
class BootstrapRolesCorpusTest {
    private static RbacModel roles;

    @BeforeAll
    static void load() throws Exception {
        roles = RbacTranslator.toModel(new ManifestLoader().load(Corpus.resolve("k8s/k8s-rbac-bootstrap/cluster-roles-aggregation-excerpt.yaml")));
    }

    private static Set<String> triples(String clusterRole) {
        Set<String> out = new TreeSet<>();
        for (PolicyRule r : roles.role(RoleRef.clusterRole(clusterRole)).orElseThrow().rules()) {
            for (String g : r.apiGroups()) {
                for (String res : r.resources()) {
                    for (String v : r.verbs()) {
                        out.add(g + "|" + res + "|" + v);
                    }
                }
            }
        }
        return out;
    }


    @Test
    void aggregation_fillsViewEditAdminByLabelChains() {
        assertThat(roles.role(RoleRef.clusterRole("view")).orElseThrow().rules()).hasSize(10);
        assertThat(roles.role(RoleRef.clusterRole("edit")).orElseThrow().rules()).hasSize(23);
        assertThat(roles.role(RoleRef.clusterRole("admin")).orElseThrow().rules()).hasSize(25);
        Set<String> edit = new TreeSet<>(triples("system:aggregate-to-edit"));
        edit.addAll(triples("view"));
        assertThat(triples("edit")).isEqualTo(edit);
        Set<String> admin = new TreeSet<>(triples("system:aggregate-to-admin"));
        admin.addAll(triples("edit"));
        assertThat(triples("admin")).isEqualTo(admin);
        assertThat(triples("view")).isEqualTo(triples("system:aggregate-to-view"));
    }

    @Test
    void aggregation_replacesTheAggregatedRolesOwnRules() throws Exception {
        Manifests m = new ManifestLoader().load(Corpus.resolve("k8s/rbac-tool-whocan/whocan/clusterrole-aggregate.yaml"));
        RbacModel model = RbacTranslator.toModel(m);
        assertThat(model.role(RoleRef.clusterRole("test-aggregate")).orElseThrow().rules()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "view, get, secrets, false",
        "view, get, pods/log, true",
        "view, get, pods/exec, false",
        "edit, get, secrets, true",
        "edit, create, pods/exec, true",
        "edit, impersonate, serviceaccounts, true",
        "edit, create, serviceaccounts/token, true",
        "edit, create, rolebindings, false",
        "admin, create, rolebindings, true",
        "admin, create, localsubjectaccessreviews.authorization.k8s.io, true",
        "admin, get, nodes, false",
        "cluster-admin, delete, deployments.apps, true",
    })
    void can_answersReadmeSpotChecksThroughRoleBindingInNs1(String role, String verb, String resource, boolean allowed) {
        Authorizer az = withBinding(new Binding("ns1", "b", RoleRef.clusterRole(role), List.of(user())));
        AccessDecision d = az.authorize(UserInfo.of("alice", List.of()), AccessRequest.parse(verb, resource, "", "ns1"));
        assertThat(d.allowed()).as(d.reason()).isEqualTo(allowed);
    }

    @Test
    void can_deniesNonResourceUrlThroughRoleBindingButAllowsThroughClusterRoleBinding() {
        AccessRequest healthz = AccessRequest.parse("get", "/healthz", "", null);
        Authorizer viaRb = withBinding(new Binding("ns1", "b", RoleRef.clusterRole("cluster-admin"), List.of(user())));
        assertThat(viaRb.authorize(UserInfo.of("alice", List.of()), healthz).allowed()).isFalse();
        Authorizer viaCrb = withBinding(new Binding(null, "b", RoleRef.clusterRole("cluster-admin"), List.of(user())));
        assertThat(viaCrb.authorize(UserInfo.of("alice", List.of()), healthz).allowed()).isTrue();
    }

    @Test
    void can_limitsClusterAdminThroughRoleBindingToItsNamespace() {
        Authorizer az = withBinding(new Binding("ns1", "b", RoleRef.clusterRole("cluster-admin"), List.of(user())));
        UserInfo alice = UserInfo.of("alice", List.of());
        assertThat(az.authorize(alice, AccessRequest.parse("delete", "secrets", "", "ns1")).allowed()).isTrue();
        assertThat(az.authorize(alice, AccessRequest.parse("delete", "secrets", "", "ns2")).allowed()).isFalse();
    }

    private static Subject user() {
        return new Subject(Subject.Kind.USER, "alice", null);
    }

    private static Authorizer withBinding(Binding b) {
        List<Role> rs = new ArrayList<>(roles.roles().values());
        return new Authorizer(new RbacModel(rs, List.of(b), List.of()));
    }
}
