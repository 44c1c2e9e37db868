package dev.rampart.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.Severity;
import dev.rampart.testkit.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    private static final JsonMapper JSON = new JsonMapper();
    private static final SarifRenderer RENDERER = new SarifRenderer("0.1.0-test");

    @Test
    void render_matchesGoldenFile() {
        Golden.assertMatches("scan/shop.sarif.json", Rendered.text(RENDERER, ScanFixtures.shop()));
    }

    @Test
    void render_isValidAgainstTheSarif210Schema() {
        assertThat(SarifSchema.problems(Rendered.text(RENDERER, ScanFixtures.shop()))).isEmpty();
        assertThat(SarifSchema.problems(Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.SECRET))))).isEmpty();
        assertThat(SarifSchema.problems(Rendered.text(RENDERER, ScanFixtures.clean()))).isEmpty();
    }

    @Test
    void schemaValidation_rejectsAnUnknownLevelAndAnAbsoluteLookingRelativeUri() {
        String valid = Rendered.text(RENDERER, ScanFixtures.shop());
        String badLevel = valid.replaceFirst("\"level\" : \"error\"", "\"level\" : \"critical\"");
        String badUri = valid.replace("\"helpUri\" : \"https://github.com/advisories/GHSA-jfh8-c2jp-5v3q\"",
                "\"helpUri\" : \"github.com/advisories/GHSA-jfh8-c2jp-5v3q\"");

        assertThat(badLevel).isNotEqualTo(valid);
        assertThat(SarifSchema.problems(badLevel)).isNotEmpty();
        assertThat(badUri).isNotEqualTo(valid);
        assertThat(SarifSchema.problems(badUri)).anyMatch(p -> p.contains("helpUri"));
    }

    @Test
    void render_namesTheToolAndWritesOneRulePerVulnerabilityAndSecretRule() throws Exception {
        JsonNode run = run(ScanFixtures.shop());

        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("rampart");
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0-test");
        assertThat(texts(run.at("/tool/driver/rules"), "id")).containsExactly(
                "CVE-2021-44228", "CVE-2021-45046", "CVE-2023-45853", "CVE-2023-4911", "CVE-2021-23337",
                "CVE-2024-22243", "CVE-2023-31484", "CVE-2024-0727", "CVE-2020-28500", "CVE-2016-2781",
                "aws-access-key-id", "github-pat");
    }

    @Test
    void render_pointsEveryResultAtItsRuleByIdAndIndex() throws Exception {
        JsonNode run = run(ScanFixtures.shop());
        JsonNode rules = run.at("/tool/driver/rules");

        assertThat(run.get("results")).hasSize(12);
        run.get("results").forEach(r ->
                assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText()));
    }

    @Test
    void render_describesAVulnerabilityRuleWithScoreTagsAndHelpUri() throws Exception {
        JsonNode log4j = rule(run(ScanFixtures.shop()), "CVE-2021-44228");

        assertThat(log4j.at("/shortDescription/text").asText()).isEqualTo("Remote code injection in Log4j");
        assertThat(log4j.at("/fullDescription/text").asText()).isEqualTo("Remote code injection in Log4j\n\n"
                + "Record GHSA-jfh8-c2jp-5v3q (aliases CVE-2021-44228); severity CRITICAL 10.0 from CVSS:3.1 vector.");
        assertThat(log4j.get("helpUri").asText()).isEqualTo("https://github.com/advisories/GHSA-jfh8-c2jp-5v3q");
        assertThat(log4j.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(log4j.at("/properties/security-severity").asText()).isEqualTo("10.0");
        assertThat(log4j.at("/properties/tags").toString()).isEqualTo("[\"vulnerability\",\"security\",\"CRITICAL\"]");
    }

    @Test
    void render_leavesOutSecuritySeverityWithoutACvssScore() throws Exception {
        JsonNode run = run(ScanFixtures.shop());

        assertThat(rule(run, "CVE-2016-2781").at("/properties").has("security-severity")).isFalse();
        assertThat(rule(run, "aws-access-key-id").at("/properties").has("security-severity")).isFalse();
        assertThat(rule(run, "CVE-2024-0727").at("/properties/security-severity").asText()).isEqualTo("5.5");
    }

    @Test
    void level_isErrorForCriticalAndHighWarningForMediumNoteOtherwise() {
        assertThat(SarifRenderer.level(Severity.CRITICAL)).isEqualTo("error");
        assertThat(SarifRenderer.level(Severity.HIGH)).isEqualTo("error");
        assertThat(SarifRenderer.level(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(SarifRenderer.level(Severity.LOW)).isEqualTo("note");
        assertThat(SarifRenderer.level(Severity.UNKNOWN)).isEqualTo("note");
    }

    @Test
    void render_namesPackageVersionAndFixInTheMessageAndPointsAtThePackageFile() throws Exception {
        JsonNode run = run(ScanFixtures.shop());
        JsonNode spring = result(run, "CVE-2024-22243");
        JsonNode zlib = result(run, "CVE-2023-45853");

        assertThat(spring.at("/message/text").asText()).isEqualTo("Package org.springframework:spring-web 5.3.20 is affected "
                + "by CVE-2024-22243 (GHSA-ccgv-vj62-xf9h, HIGH); fixed in 5.3.32, 6.0.17, 6.1.4.");
        assertThat(spring.at("/locations/0/physicalLocation").toString()).isEqualTo("{\"artifactLocation\":"
                + "{\"uri\":\"opt/app/shop.war!/WEB-INF/lib/spring-web-5.3.20.jar\"},\"region\":{\"startLine\":1}}");
        assertThat(zlib.at("/message/text").asText()).isEqualTo("Package zlib1g 1:1.2.13.dfsg-1 is affected by CVE-2023-45853 "
                + "(DEBIAN-CVE-2023-45853, CRITICAL); the maintainers will not fix it.");
        assertThat(result(run, "CVE-2016-2781").at("/message/text").asText())
                .isEqualTo("Package coreutils 9.1-1 is affected by CVE-2016-2781 (LOW); no fix is available yet.");
        assertThat(zlib.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("var/lib/dpkg/status");
        assertThat(result(run, "CVE-2016-2781").get("level").asText()).isEqualTo("note");
    }

    @Test
    void render_marksSuppressedFindingsAsExternallySuppressedResults() throws Exception {
        JsonNode run = run(ScanFixtures.shop());

        assertThat(result(run, "CVE-2023-31484").get("suppressions").toString()).isEqualTo("[{\"kind\":\"external\","
                + "\"status\":\"accepted\",\"justification\":\"not_affected: vulnerable_code_not_in_execute_path ("
                + ScanFixtures.VEX + ")\"}]");
        assertThat(result(run, "CVE-2020-28500").at("/suppressions/0/justification").asText())
                .isEqualTo("build-time tooling only; accepted until 2026-06-30 (.rampartignore)");
        assertThat(result(run, "CVE-2021-44228").has("suppressions")).isFalse();
    }

    @Test
    void render_placesSecretsAtTheirLineAndColumn() throws Exception {
        JsonNode run = run(ScanFixtures.shop());
        JsonNode aws = result(run, "aws-access-key-id");
        JsonNode token = result(run, "github-pat");

        assertThat(aws.at("/locations/0/physicalLocation").toString()).isEqualTo("{\"artifactLocation\":"
                + "{\"uri\":\"app/config/.env.production\"},\"region\":{\"startLine\":3,\"startColumn\":19}}");
        assertThat(aws.at("/message/text").asText()).isEqualTo("AWS Access Key ID in /app/config/.env.production, line 3: "
                + "AKIA****************. A later layer deleted the file, but layer " + ScanFixtures.APP.shortHex()
                + " still holds it: anyone with the image can read it.");
        assertThat(token.at("/locations/0/physicalLocation/region").toString()).isEqualTo("{\"startLine\":1}");
        assertThat(token.at("/message/text").asText())
                .isEqualTo("GitHub Personal Access Token in /config/Env, field GITHUB_TOKEN: ghp_************************************.");
    }

    @Test
    void render_writesNoRulesOrResultsForScannersThatDidNotRun() throws Exception {
        JsonNode run = run(ScanFixtures.shop(Set.of(Scanner.VULN)));

        assertThat(texts(run.get("results"), "ruleId")).doesNotContain("aws-access-key-id", "github-pat").hasSize(10);
        assertThat(run(ScanFixtures.clean()).get("results")).isEmpty();
    }

    @Test
    void relative_dropsTheLeadingSlashKeepsNestingAndEncodesWhatAUriCannotHold() {
        assertThat(SarifUris.relative("/opt/app.war!/WEB-INF/lib/x.jar")).isEqualTo("opt/app.war!/WEB-INF/lib/x.jar");
        assertThat(SarifUris.relative("/usr/lib/node_modules/@scope/pkg/package.json"))
                .isEqualTo("usr/lib/node_modules/@scope/pkg/package.json");
        assertThat(SarifUris.relative("/srv/my app/c:d/%/#?/é")).isEqualTo("srv/my%20app/c%3Ad/%25/%23%3F/%C3%A9");
    }

    private static JsonNode run(ScanReport report) throws Exception {
        JsonNode sarif = JSON.readTree(Rendered.text(RENDERER, report));
        assertThat(sarif.get("runs")).hasSize(1);
        return sarif.at("/runs/0");
    }

    private static JsonNode rule(JsonNode run, String id) {
        return find(run.at("/tool/driver/rules"), "id", id);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        return find(run.get("results"), "ruleId", ruleId);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
