package dev.rampart.k8s.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.K8sNetpol;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The known traps of NetworkPolicy and admin-policy semantics, one fixture directory per scenario. */
class NetpolSemanticsTest {

    static Path fixture(String name) throws Exception {
        return Path.of(Objects.requireNonNull(NetpolSemanticsTest.class.getResource("/netpol/" + name)).toURI());
    }

    private static Reachability load(String name) throws Exception {
        return K8sNetpol.load(List.of(fixture(name)));
    }

    private static Map<String, String> connlist(String name) throws Exception {
        return NetpolAnalyzer.list(load(name)).connections().stream()
                .collect(Collectors.toMap(c -> c.source().display() + " => " + c.destination().display(),
                        c -> c.connections().toString()));
    }

    private static CheckResult check(String name, String from, String to, String port) throws Exception {
        return K8sNetpol.check(load(name), from, to, port.isEmpty() ? Optional.empty() : Optional.of(port));
    }

    @Test
    void list_leavesEgressOpenWhenPolicyTypesAbsentAndEgressEmpty() throws Exception {
        Map<String, String> l = connlist("policytypes-default-ingress-only");
        assertThat(l).containsEntry("a/client[Pod] => a/server[Pod]", "All Connections");
        assertThat(l).containsEntry("a/client[Pod] => 0.0.0.0-255.255.255.255[External]", "All Connections");
        assertThat(l).doesNotContainKey("a/server[Pod] => a/client[Pod]");
    }

    @Test
    void check_deniesWhenEgressAllowsButDestinationIngressDoesNot() throws Exception {
        CheckResult r = check("ingress-and-egress-both-needed", "a/client", "a/server", "8080/TCP");
        assertThat(r.allowed()).isFalse();
        assertThat(r.relevant()).hasSize(1);
        Explanation.Segment s = r.relevant().get(0);
        assertThat(s.egress().allowed()).isTrue();
        assertThat(s.egress().reason().describe()).isEqualTo("NetworkPolicy 'a/client-egress' allows connections by Egress rule #1");
        assertThat(s.ingress().allowed()).isFalse();
        assertThat(s.ingress().reason().describe()).contains("NetworkPolicy 'a/server-ingress' selects the pod for Ingress");
    }

    @Test
    void check_deniesEgressWhenOnlyIngressAllowed() throws Exception {
        CheckResult r = check("ingress-and-egress-both-needed", "a/client", "8.8.8.8", "443");
        assertThat(r.allowed()).isFalse();
        assertThat(r.relevant().get(0).egress().reason()).isInstanceOf(Reason.PolicyIsolation.class);
        assertThat(r.relevant().get(0).ingress().reason()).isInstanceOf(Reason.SystemDefault.class);
    }

    @Test
    void list_andsSelectorsInOnePeerAndOrsSeparatePeers() throws Exception {
        Map<String, String> l = connlist("selectors-empty-vs-absent-and-vs-or");
        assertThat(l).containsEntry("a/web[Pod] => a/db[Pod]", "All Connections");
        assertThat(l).containsEntry("b/web[Pod] => a/db[Pod]", "All Connections");
        assertThat(l).containsEntry("c/web[Pod] => a/db[Pod]", "TCP 5432");
        // podSelector without namespaceSelector means the policy's own namespace, not b
        assertThat(l).doesNotContainKey("b/job[Pod] => a/db[Pod]");
    }

    @Test
    void list_matchesIpBlocksOnlyOutsideTheExcept() throws Exception {
        Reachability r = load("ipblock-with-except");
        Map<String, String> l = connlist("ipblock-with-except");
        assertThat(l).containsEntry("10.0.0.0-10.0.255.255[External] => a/server[Pod]", "TCP 443");
        assertThat(l).containsEntry("10.2.0.0-10.255.255.255[External] => a/server[Pod]", "TCP 443");
        assertThat(l).doesNotContainKey("10.1.0.0-10.1.255.255[External] => a/server[Pod]");
        assertThat(r.externalSources()).hasToString(
                "[0.0.0.0-9.255.255.255, 10.0.0.0-10.0.255.255, 10.1.0.0-10.1.255.255, 10.2.0.0-10.255.255.255, 11.0.0.0-255.255.255.255]");
        assertThat(K8sNetpol.check(r, "10.1.2.3", "a/server", Optional.of("443")).allowed()).isFalse();
        assertThat(K8sNetpol.check(r, "10.200.0.1", "a/server", Optional.of("443")).allowed()).isTrue();
    }

    @Test
    void list_resolvesNamedPortsPerDestinationPodAndProtocol() throws Exception {
        Map<String, String> l = connlist("named-ports-per-pod");
        assertThat(l).containsEntry("a/client[Pod] => a/v1[Pod]", "TCP 8080");
        assertThat(l).containsEntry("a/client[Pod] => a/v2[Pod]", "TCP 9090");
        // 'http' is a UDP port on this pod, the policy port defaults to TCP: nothing matches
        assertThat(l).doesNotContainKey("a/client[Pod] => a/udp[Pod]");
    }

    @Test
    void list_appliesEndPortSctpAndTcpDefault() throws Exception {
        assertThat(connlist("endport-sctp-and-default-tcp"))
                .containsEntry("a/client[Pod] => a/server[Pod]", "SCTP 9000,TCP 32000-32768,UDP 1-65535");
    }

    @Test
    void check_passHandsOverToNetworkPolicyThenBaseline() throws Exception {
        CheckResult viaNp = check("anp-priority-pass-banp", "a/client", "b/server", "80");
        assertThat(viaNp.allowed()).isTrue();
        assertThat(viaNp.relevant().get(0).ingress().passedBy().orElseThrow().ruleName()).isEqualTo("pass-from-a");
        assertThat(viaNp.relevant().get(0).ingress().reason()).isInstanceOf(Reason.PolicyRules.class);

        CheckResult viaBanp = check("anp-priority-pass-banp", "a/client", "b/other", "80");
        assertThat(viaBanp.allowed()).isFalse();
        Reason.AdminRule banp = (Reason.AdminRule) viaBanp.relevant().get(0).ingress().reason();
        assertThat(banp.tier()).isEqualTo(AdminPolicy.Tier.BASELINE);
        assertThat(banp.ruleName()).isEqualTo("baseline-deny");

        // priority 10 denies the rest before priority 20 could allow it
        CheckResult denied = check("anp-priority-pass-banp", "a/client", "b/server", "443");
        assertThat(denied.allowed()).isFalse();
        assertThat(((Reason.AdminRule) denied.relevant().get(0).ingress().reason()).policy()).isEqualTo("low-number-wins");
        assertThat(check("anp-priority-pass-banp", "b/other", "b/server", "443").allowed()).isTrue();
    }

    @Test
    void list_reportsEqualAdminPrioritiesAsAmbiguous() throws Exception {
        Reachability r = load("anp-equal-priority");
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).contains("same priority (5)").contains("undefined"));
    }
}
