package dev.rampart.k8s.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.k8s.K8sNetpol;
import dev.rampart.k8s.K8sRbac;
import dev.rampart.testkit.Golden;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One golden file per format per result kind; regenerate with {@code -Dgolden.update=true}. */
class RendererGoldenTest {

    private static Path res(String p) throws Exception {
        return Path.of(Objects.requireNonNull(RendererGoldenTest.class.getResource(p)).toURI());
    }

    private static String ext(Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD", "DOT"})
    void connlist_rendersEveryNetworkFormat(Format f) throws Exception {
        StringWriter w = new StringWriter();
        NetpolRenderer.connlist(K8sNetpol.list(new K8sNetpol.ListRequest(List.of(res("/netpol/ipblock-with-except")))), f, w);
        Golden.assertMatches("netpol-list/ipblock-with-except." + ext(f), w.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD"})
    void check_rendersVerdictWithReasons(Format f) throws Exception {
        StringWriter w = new StringWriter();
        NetpolRenderer.check(K8sNetpol.check(new K8sNetpol.CheckRequest(List.of(res("/netpol/anp-priority-pass-banp")),
                "a/client", "b/server", Optional.of("80/TCP"))), f, w);
        Golden.assertMatches("netpol-check/anp-pass-to-networkpolicy." + ext(f), w.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD", "DOT"})
    void diff_rendersEveryNetworkFormat(Format f) throws Exception {
        StringWriter w = new StringWriter();
        NetpolRenderer.diff(K8sNetpol.diff(new K8sNetpol.DiffRequest(List.of(res("/netpol/policytypes-default-ingress-only")),
                List.of(res("/netpol/ingress-and-egress-both-needed")))), f, w);
        Golden.assertMatches("netpol-diff/ingress-only-to-both-needed." + ext(f), w.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD", "SARIF"})
    void lint_rendersFindingFormats(Format f) throws Exception {
        StringWriter w = new StringWriter();
        NetpolRenderer.lint(K8sNetpol.lint(new K8sNetpol.LintRequest(List.of(res("/netpol/lint-findings")))), f, w);
        Golden.assertMatches("netpol-lint/lint-findings." + ext(f), w.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD", "SARIF"})
    void risks_rendersFindingFormats(Format f) throws Exception {
        StringWriter w = new StringWriter();
        RbacRenderer.risks(K8sRbac.risks(new K8sRbac.RisksRequest(List.of(res("/rbac-risks/rbac-escalation-path/positive")))), f, w);
        Golden.assertMatches("rbac-risks/escalation-path." + ext(f), w.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TABLE", "JSON", "CSV", "MD"})
    void whoCanAndCan_renderTableFormats(Format f) throws Exception {
        List<Path> m = List.of(res("/rbac-risks/rbac-escalation-path/positive"));
        StringWriter w = new StringWriter();
        RbacRenderer.whoCan(K8sRbac.whoCan(new K8sRbac.WhoCanRequest(m, "create", "pods", Optional.empty(), Optional.of("team"))), f, w);
        Golden.assertMatches("rbac-who-can/create-pods-team." + ext(f), w.toString());
        StringWriter c = new StringWriter();
        RbacRenderer.can(K8sRbac.can(new K8sRbac.CanRequest(m, "system:serviceaccount:team:deployer", List.of(), "get", "secrets",
                Optional.empty(), Optional.of("prod"))), f, c);
        Golden.assertMatches("rbac-can/deployer-get-secrets-prod." + ext(f), c.toString());
    }

    @Test
    void connlist_rejectsSarifWithTheFormatsThatWork() throws Exception {
        assertThatThrownBy(() -> NetpolRenderer.connlist(K8sNetpol.list(new K8sNetpol.ListRequest(List.of(res("/netpol/ipblock-with-except")))),
                Format.SARIF, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format sarif is not available for netpol list (use table, json, csv, md or dot)");
    }
}
