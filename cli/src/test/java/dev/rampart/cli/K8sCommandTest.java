package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The k8s verbs end to end over the upstream corpora: flags → analysis → output and exit code. */
class K8sCommandTest {
    private static String netpol(String test) {
        return Corpus.resolve("k8s/netpol-analyzer/tests/" + test).toString();
    }

    private static String rbac(String file) {
        return Corpus.resolve("k8s/rbac-tool-whocan/whocan/" + file).toString();
    }

    @Test
    void netpolList_printsTheUpstreamConnlist() throws Exception {
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "netpol", "list", netpol("anp_test_10"));
        assertThat(r.exit()).isZero();
        String expected = Files.readString(Corpus.resolve("k8s/netpol-analyzer/expected/connlist/anp_test_10_connlist_output.txt"));
        assertThat(r.out().lines().sorted()).containsExactlyElementsOf(expected.lines().filter(l -> !l.isBlank()).sorted().toList());
    }

    @Test
    void netpolCheck_exitsZeroWhenAllowedAndSaysWhy() {
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "netpol", "check", netpol("anp_test_10"),
                "--from", "network-policy-conformance-gryffindor/harry-potter",
                "--to", "network-policy-conformance-slytherin/draco-malfoy", "--port", "80/TCP");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ALLOWED:");
    }

    @Test
    void netpolCheck_unknownWorkloadIsUsageError() {
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "netpol", "check", netpol("anp_test_10"), "--from", "x/y", "--to", "a/b");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'x/y' names no workload").contains("Run 'rampart k8s netpol check --help'");
    }

    @Test
    void netpolList_writesJsonToOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("conns.json");
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "netpol", "list", netpol("anp_test_10"), "-f", "json", "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("[").contains("\"dst\": \"network-policy-conformance-gryffindor/harry-potter[StatefulSet]\"");
    }

    @Test
    void rbacWhoCan_listsSubjectsWithTheirBindings() {
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "rbac", "who-can", rbac("secret-reader.yaml"), "get", "secrets");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("test-secret-reader-sa", "RoleBinding test/read-secrets");
    }

    @Test
    void rbacCan_exitsOneWhenDenied() {
        SbomCommandTest.Run yes = SbomCommandTest.run("k8s", "rbac", "can", rbac("secret-reader.yaml"),
                "--as", "system:serviceaccount:test:test-secret-reader-sa", "-n", "test", "get", "secrets");
        assertThat(yes.exit()).isZero();
        SbomCommandTest.Run no = SbomCommandTest.run("k8s", "rbac", "can", rbac("secret-reader.yaml"),
                "--as", "system:serviceaccount:test:test-secret-reader-sa", "-n", "test", "delete", "secrets");
        assertThat(no.exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void rbacRisks_withExitCodeFailsOnFindings() {
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "rbac", "risks", rbac("impersonator.yaml"), "--exit-code", "4", "-f", "sarif");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).contains("\"version\"").contains("2.1.0");
    }

    @Test
    void badManifestIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "kind: NetworkPolicy\nmetadata: [unclosed\n");
        SbomCommandTest.Run r = SbomCommandTest.run("k8s", "netpol", "list", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).startsWith("rampart: error: ").contains("bad.yaml").hasLineCount(1);
    }
}
