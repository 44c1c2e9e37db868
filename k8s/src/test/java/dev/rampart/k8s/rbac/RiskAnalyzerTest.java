package dev.rampart.k8s.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.K8sRbac;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each risk rule against its own fixtures: {@code rbac-risks/<rule-id>/positive} and {@code negative}. */
class RiskAnalyzerTest {

    private static Path fixture(RiskRule rule, String kind) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RiskAnalyzerTest.class.getResource("/rbac-risks/" + rule.id + "/" + kind)).toURI());
    }

    private static List<RiskFinding> findings(RiskRule rule, String kind) throws Exception {
        return K8sRbac.risks(new K8sRbac.RisksRequest(List.of(fixture(rule, kind)))).findings().stream()
                .filter(f -> f.rule() == rule).toList();
    }

    @ParameterizedTest
    @EnumSource(RiskRule.class)
    void risks_flagsPositiveFixtureWithThePathThatGrantsIt(RiskRule rule) throws Exception {
        List<RiskFinding> f = findings(rule, "positive");
        assertThat(f).as(rule.id).isNotEmpty();
        assertThat(f.get(0).path()).isNotEmpty();
        assertThat(f.get(0).path().get(0)).contains("Binding");
    }

    @ParameterizedTest
    @EnumSource(RiskRule.class)
    void risks_passesNegativeFixture(RiskRule rule) throws Exception {
        assertThat(findings(rule, "negative")).as(rule.id).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void risks_escalationPathNamesEveryHop() throws Exception {
        RiskFinding f = findings(RiskRule.ESCALATION_PATH, "positive").get(0);
        assertThat(f.subject().name()).isEqualTo("alice");
        assertThat(f.path()).hasSize(3);
        assertThat(f.path().get(0)).contains("can create pods in namespace team").contains("RoleBinding team/alice-pods");
        assertThat(f.path().get(1)).contains("team/deployer");
        assertThat(f.path().get(2)).contains("ClusterRoleBinding deployer-all");
    }
}
