package dev.rampart.k8s.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.K8sNetpol;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetpolLinterTest {

    private static List<String> findings(String fixture) throws Exception {
        return K8sNetpol.lint(new K8sNetpol.LintRequest(List.of(NetpolSemanticsTest.fixture(fixture)))).findings().stream()
                .map(f -> f.rule() + " " + f.object() + (f.message().contains("rule #") ? " " + f.message().substring(0, f.message().indexOf(':') < 0 ? f.message().length() : f.message().indexOf(':')) : ""))
                .toList();
    }

    @Test
    void lint_flagsOpenNamespacesDanglingSelectorsShadowedRulesAndUnresolvedPorts() throws Exception {
        List<String> f = findings("lint-findings");
        assertThat(f).contains("netpol-namespace-without-default-deny Namespace open");
        assertThat(f).noneMatch(s -> s.startsWith("netpol-namespace-without-default-deny Namespace locked"));
        assertThat(f).contains("netpol-policy-selects-no-pods NetworkPolicy locked/typo");
        assertThat(f).contains("netpol-peer-selects-no-pods NetworkPolicy locked/api Ingress rule #1",
                "netpol-peer-selects-no-pods NetworkPolicy locked/api Ingress rule #3",
                "netpol-named-port-unresolved NetworkPolicy locked/api Ingress rule #3");
        assertThat(f).anyMatch(s -> s.startsWith("netpol-rule-shadowed NetworkPolicy locked/api"));
        assertThat(f).noneMatch(s -> s.startsWith("netpol-policy-selects-no-pods NetworkPolicy locked/api"));
    }

    @Test
    void lint_flagsEqualAdminPriorities() throws Exception {
        assertThat(findings("anp-equal-priority")).anyMatch(s -> s.startsWith("netpol-anp-equal-priority"));
    }
}
