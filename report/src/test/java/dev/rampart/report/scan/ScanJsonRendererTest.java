package dev.rampart.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.testkit.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanJsonRendererTest {
    private static final JsonMapper JSON = new JsonMapper();
    private static final ScanJsonRenderer RENDERER = new ScanJsonRenderer();

    @Test
    void render_matchesGoldenFile() {
        Golden.assertMatches("scan/shop.json", Rendered.text(RENDERER, ScanFixtures.shop()));
    }

    @Test
    void render_countsActiveAndSuppressedFindingsPerSeverity() throws Exception {
        JsonNode summary = json(ScanFixtures.shop()).get("summary");

        assertThat(summary.at("/vulnerabilities/active").toString())
                .isEqualTo("{\"total\":8,\"CRITICAL\":3,\"HIGH\":3,\"MEDIUM\":1,\"LOW\":1,\"UNKNOWN\":0}");
        assertThat(summary.at("/vulnerabilities/suppressed").toString())
                .isEqualTo("{\"total\":2,\"CRITICAL\":0,\"HIGH\":1,\"MEDIUM\":1,\"LOW\":0,\"UNKNOWN\":0}");
        assertThat(summary.get("secrets").toString())
                .isEqualTo("{\"total\":2,\"CRITICAL\":2,\"HIGH\":0,\"MEDIUM\":0,\"LOW\":0,\"UNKNOWN\":0}");
    }

    @Test
    void render_writesEveryFieldOfAFindingAndItsPackage() throws Exception {
        JsonNode log4j = vulnerability(json(ScanFixtures.shop()), "GHSA-jfh8-c2jp-5v3q");

        assertThat(log4j.get("package").toString()).isEqualTo("{\"name\":\"org.apache.logging.log4j:log4j-core\","
                + "\"version\":\"2.14.1\",\"type\":\"maven\",\"purl\":\"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1\","
                + "\"location\":{\"path\":\"/opt/app/lib/log4j-core-2.14.1.jar\",\"layer\":\"" + ScanFixtures.APP + "\"}}");
        assertThat(log4j.get("primaryId").asText()).isEqualTo("CVE-2021-44228");
        assertThat(log4j.get("aliases").toString()).isEqualTo("[\"CVE-2021-44228\"]");
        assertThat(log4j.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(log4j.get("score").asDouble()).isEqualTo(10.0);
        assertThat(log4j.get("severitySource").asText()).isEqualTo("CVSS:3.1 vector");
        assertThat(log4j.get("vector").asText()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assertThat(log4j.get("status").asText()).isEqualTo("fixed");
        assertThat(log4j.get("installedVersion").asText()).isEqualTo("2.14.1");
        assertThat(log4j.get("fixedVersions").toString()).isEqualTo("[\"2.3.1\",\"2.12.2\",\"2.15.0\"]");
        assertThat(log4j.get("matchedVia").asText()).isEqualTo("Maven org.apache.logging.log4j:log4j-core");
        assertThat(log4j.get("references")).hasSize(2);
        assertThat(log4j.has("suppression")).isFalse();
    }

    @Test
    void render_keepsSuppressedFindingsWithTheirSourceAndReason() throws Exception {
        JsonNode perl = vulnerability(json(ScanFixtures.shop()), "CVE-2023-31484");

        assertThat(perl.get("suppression").toString()).isEqualTo("{\"source\":\"" + ScanFixtures.VEX
                + "\",\"reason\":\"not_affected: vulnerable_code_not_in_execute_path\"}");
    }

    @Test
    void render_leavesOutScoreVectorAndPublishedWhenUnknown() throws Exception {
        JsonNode coreutils = vulnerability(json(ScanFixtures.shop()), "CVE-2016-2781");

        assertThat(coreutils.has("score")).isFalse();
        assertThat(coreutils.has("vector")).isFalse();
        assertThat(coreutils.has("published")).isFalse();
        assertThat(coreutils.get("status").asText()).isEqualTo("affected");
        assertThat(coreutils.get("fixedVersions")).isEmpty();
    }

    @Test
    void render_writesSecretsWithTheirPlaceAndWhetherTheFinalImageHoldsThem() throws Exception {
        JsonNode secrets = json(ScanFixtures.shop()).get("secrets");

        assertThat(secrets.get(0).toString()).isEqualTo("{\"ruleId\":\"aws-access-key-id\",\"title\":\"AWS Access Key ID\","
                + "\"severity\":\"CRITICAL\",\"location\":{\"path\":\"/app/config/.env.production\",\"layer\":\""
                + ScanFixtures.APP + "\"},\"inFinalImage\":false,\"line\":3,\"column\":19,\"match\":\"AKIA****************\"}");
        assertThat(secrets.get(1).get("configField").asText()).isEqualTo("GITHUB_TOKEN");
        assertThat(secrets.get(1).get("location").has("layer")).isFalse();
    }

    @Test
    void render_leavesOutTheFindingsOfScannersThatDidNotRun() throws Exception {
        JsonNode secretsOnly = json(ScanFixtures.shop(Set.of(Scanner.SECRET)));

        assertThat(secretsOnly.get("scanners").toString()).isEqualTo("[\"secret\"]");
        assertThat(secretsOnly.has("vulnerabilities")).isFalse();
        assertThat(secretsOnly.get("summary").has("vulnerabilities")).isFalse();
        assertThat(secretsOnly.get("secrets")).hasSize(2);
    }

    @Test
    void render_writesEmptyArraysForScannersThatFoundNothing() throws Exception {
        JsonNode clean = json(ScanFixtures.clean());

        assertThat(clean.get("scanners").toString()).isEqualTo("[\"vuln\",\"secret\"]");
        assertThat(clean.get("vulnerabilities")).isEmpty();
        assertThat(clean.get("secrets")).isEmpty();
        assertThat(clean.has("database")).isFalse();
        assertThat(clean.at("/summary/vulnerabilities/active/total").asInt()).isZero();
    }

    @Test
    void render_tellsInventoryIssuesFromScanIssues() throws Exception {
        List<String> issues = new ArrayList<>();
        json(ScanFixtures.shop()).get("issues").forEach(i -> issues.add(i.get("stage").asText() + " " + i.get("where").asText()));

        assertThat(issues).containsExactly("inventory layer 2 entry /opt/app/lib/broken.jar", "scan /app/package-lock.json");
    }

    private static JsonNode json(ScanReport report) throws Exception {
        return JSON.readTree(Rendered.text(RENDERER, report));
    }

    private static JsonNode vulnerability(JsonNode report, String id) {
        for (JsonNode v : report.get("vulnerabilities")) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no vulnerability " + id + " in " + report.get("vulnerabilities"));
    }
}
