package dev.rampart.report.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.Inventory;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.Severity;
import dev.rampart.model.Suppression;
import dev.rampart.model.Vulnerability;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.model.VulnerabilityFinding.FixStatus;
import dev.rampart.sbom.CycloneDxEncoder;
import dev.rampart.testkit.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanCycloneDxRendererTest {
    private static final JsonMapper JSON = new JsonMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final UUID SERIAL = UUID.fromString("3b1f5c2e-8a4d-4e6f-9c1a-2b3c4d5e6f70");
    private static final ScanCycloneDxRenderer RENDERER =
            new ScanCycloneDxRenderer(new CycloneDxEncoder("0.1.0-test", CLOCK, () -> SERIAL));

    private static final Package LODASH_A = npm("/app/a/package-lock.json");
    private static final Package LODASH_B = npm("/app/b/package-lock.json");

    @Test
    void render_matchesGoldenFile() {
        Golden.assertMatches("scan/shop.cdx.json", Rendered.text(RENDERER, ScanFixtures.shop()));
    }

    @Test
    void render_isValidCycloneDx16() throws Exception {
        assertThat(problems(Rendered.text(RENDERER, ScanFixtures.shop()))).isEmpty();
        assertThat(problems(Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.SECRET))))).isEmpty();
        assertThat(problems(Rendered.text(RENDERER, ScanFixtures.clean()))).isEmpty();
        assertThat(problems(Rendered.text(RENDERER, sources()))).isEmpty();
    }

    @Test
    void schemaValidation_rejectsAnUnknownAnalysisState() throws Exception {
        String valid = Rendered.text(RENDERER, ScanFixtures.shop());
        String broken = valid.replace("\"state\" : \"not_affected\"", "\"state\" : \"ignored\"");

        assertThat(broken).isNotEqualTo(valid);
        assertThat(problems(broken)).isNotEmpty();
    }

    @Test
    void render_addsOneVulnerabilityPerFindingAffectingItsPackageComponent() throws Exception {
        JsonNode bom = bom(ScanFixtures.shop());

        assertThat(bom.get("vulnerabilities")).hasSize(ScanFixtures.vulnerabilities().size());
        for (VulnerabilityFinding f : ScanFixtures.vulnerabilities()) {
            JsonNode v = vulnerability(bom, f.vulnerability().id());
            assertThat(v.at("/affects/0/ref").asText()).as(f.vulnerability().id())
                    .isEqualTo(refOf(bom, f.pkg().purl().canonical()));
        }
        assertThat(vulnerability(bom, "GHSA-ccgv-vj62-xf9h").at("/affects/0/ref").asText())
                .isEqualTo("pkg:maven/org.springframework/spring-web@5.3.20");
    }

    @Test
    void render_pointsAffectsAtTheRightComponentWhenPackagesShareAPurl() throws Exception {
        JsonNode bom = bom(sources());

        assertThat(vulnerability(bom, "GHSA-aaaa-bbbb-cccc").at("/affects/0/ref").asText())
                .isEqualTo("pkg:npm/lodash@4.17.20|2");
        assertThat(vulnerability(bom, "CVE-2099-0001").at("/affects/0/ref").asText()).isEqualTo("pkg:npm/lodash@4.17.20");
    }

    @Test
    void render_writesIdsRatingDescriptionRecommendationAndAdvisories() throws Exception {
        JsonNode log4j = vulnerability(bom(ScanFixtures.shop()), "GHSA-jfh8-c2jp-5v3q");

        assertThat(log4j.at("/source/name").asText()).isEqualTo("GitHub");
        assertThat(log4j.get("references").toString())
                .isEqualTo("[{\"id\":\"CVE-2021-44228\",\"source\":{\"name\":\"NVD\"}}]");
        assertThat(log4j.get("ratings").toString()).isEqualTo("[{\"score\":10.0,\"severity\":\"critical\","
                + "\"method\":\"CVSSv31\",\"vector\":\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H\"}]");
        assertThat(log4j.get("description").asText()).isEqualTo("Remote code injection in Log4j");
        assertThat(log4j.get("recommendation").asText())
                .isEqualTo("Upgrade org.apache.logging.log4j:log4j-core to one of 2.3.1, 2.12.2, 2.15.0");
        assertThat(texts(log4j.get("advisories"), "url")).containsExactly(
                "https://github.com/advisories/GHSA-jfh8-c2jp-5v3q", "https://nvd.nist.gov/vuln/detail/CVE-2021-44228");
        assertThat(log4j.has("analysis")).isFalse();
        assertThat(vulnerability(bom(ScanFixtures.shop()), "DSA-5514-1").get("recommendation").asText())
                .isEqualTo("Upgrade libc6 to 2.36-9+deb12u3");
        assertThat(vulnerability(bom(ScanFixtures.shop()), "DEBIAN-CVE-2023-45853").has("recommendation")).isFalse();
    }

    @Test
    void render_namesTheSourceFromTheIdPrefix() throws Exception {
        JsonNode bom = bom(sources());

        assertThat(sourceOf(bom, "GHSA-aaaa-bbbb-cccc")).isEqualTo("GitHub");
        assertThat(sourceOf(bom, "CVE-2099-0001")).isEqualTo("NVD");
        assertThat(sourceOf(bom, "GO-2099-0001")).isEqualTo("Go");
        assertThat(sourceOf(bom, "DSA-9999-1")).isEqualTo("Debian");
        assertThat(sourceOf(bom, "DLA-9999-1")).isEqualTo("Debian");
        assertThat(sourceOf(bom, "DEBIAN-CVE-2099-0002")).isEqualTo("Debian");
        assertThat(sourceOf(bom, "PYSEC-2099-1")).isEqualTo("OSV");
    }

    @Test
    void render_takesTheRatingMethodFromTheVector() throws Exception {
        JsonNode bom = bom(sources());

        assertThat(vulnerability(bom, "GHSA-aaaa-bbbb-cccc").at("/ratings/0/method").asText()).isEqualTo("CVSSv31");
        assertThat(vulnerability(bom, "CVE-2099-0001").at("/ratings/0/method").asText()).isEqualTo("CVSSv3");
        assertThat(vulnerability(bom, "GO-2099-0001").at("/ratings/0/method").asText()).isEqualTo("CVSSv4");
        assertThat(vulnerability(bom, "DSA-9999-1").at("/ratings/0/method").asText()).isEqualTo("CVSSv2");
        JsonNode unscored = vulnerability(bom, "PYSEC-2099-1").at("/ratings/0");
        assertThat(unscored.toString()).isEqualTo("{\"severity\":\"unknown\",\"method\":\"other\"}");
    }

    @Test
    void render_analysesSuppressedFindingsAsNotAffected() throws Exception {
        JsonNode bom = bom(ScanFixtures.shop());

        assertThat(vulnerability(bom, "CVE-2023-31484").get("analysis").toString()).isEqualTo("{\"state\":\"not_affected\","
                + "\"justification\":\"code_not_reachable\",\"detail\":\"not_affected: vulnerable_code_not_in_execute_path ("
                + ScanFixtures.VEX + ")\"}");
        assertThat(vulnerability(bom, "GHSA-29mw-wpgm-hmr9").get("analysis").toString()).isEqualTo("{\"state\":\"not_affected\","
                + "\"detail\":\"build-time tooling only; accepted until 2026-06-30 (.rampartignore)\"}");
    }

    @ParameterizedTest
    @CsvSource({
            "not_affected: component_not_present, not_affected, code_not_present",
            "not_affected: vulnerable_code_not_present, not_affected, code_not_present",
            "not_affected: vulnerable_code_not_in_execute_path, not_affected, code_not_reachable",
            "not_affected: vulnerable_code_cannot_be_controlled_by_adversary, not_affected, requires_environment",
            "not_affected: inline_mitigations_already_exist, not_affected, protected_by_mitigating_control",
            "fixed: backported in our build, resolved, ''",
            "accepted risk, not_affected, ''"})
    void render_mapsVexStatusAndJustificationToCycloneDx(String reason, String state, String justification) throws Exception {
        VulnerabilityFinding suppressed = finding(ScanFixtures.LIBC, vuln("CVE-2099-0003", null))
                .suppressed(new Suppression("vex.json", reason));
        ScanReport report = new ScanReport(ScanFixtures.inventory(), Set.of(Scanner.VULN), List.of(suppressed), List.of(),
                null, List.of());
        String json = Rendered.text(RENDERER, report);
        JsonNode analysis = vulnerability(JSON.readTree(json), "CVE-2099-0003").get("analysis");

        assertThat(analysis.get("state").asText()).isEqualTo(state);
        assertThat(analysis.path("justification").asText()).isEqualTo(justification);
        assertThat(analysis.get("detail").asText()).isEqualTo(reason + " (vex.json)");
        assertThat(problems(json)).isEmpty();
    }

    @Test
    void render_isThePlainSbomWithoutTheVulnerabilityScanner() throws Exception {
        JsonNode secretsOnly = bom(ScanFixtures.shop(Set.of(Scanner.SECRET)));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new CycloneDxEncoder("0.1.0-test", CLOCK, () -> SERIAL).writeJson(ScanFixtures.inventory(), plain);

        assertThat(secretsOnly.has("vulnerabilities")).isFalse();
        assertThat(secretsOnly).isEqualTo(JSON.readTree(plain.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void render_rejectsAFindingWhosePackageIsNotInTheInventory() {
        Package stray = ScanFixtures.deb("libstray1", "1.0-1", null);
        ScanReport report = new ScanReport(ScanFixtures.inventory(), Set.of(Scanner.VULN),
                List.of(ScanFixtures.finding(stray, vuln("CVE-2099-0009", null), "1.0-1", FixStatus.AFFECTED, List.of(), "test")),
                List.of(), null, List.of());

        assertThatThrownBy(() -> RENDERER.render(report, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finding CVE-2099-0009 names pkg:deb/debian/libstray1@1.0-1?arch=amd64&distro=debian-12.5 in "
                        + "/var/lib/dpkg/status (layer " + ScanFixtures.BASE.shortHex() + "), which is not in the inventory");
    }

    /** One package per ecosystem and a finding for each id form; two lodash copies share a purl. */
    private static ScanReport sources() {
        Package go = new Package(PackageType.GOLANG, "golang.org/x/net", "v0.1.0", "", null, List.of(),
                Purl.parse("pkg:golang/golang.org/x/net@v0.1.0"), new Location(ScanFixtures.APP, "/usr/local/bin/shop"), List.of());
        Package py = new Package(PackageType.PYPI, "jinja2", "2.11.2", "", null, List.of(),
                Purl.parse("pkg:pypi/jinja2@2.11.2"), new Location(ScanFixtures.APP, "/app/requirements.txt"), List.of());
        Inventory base = ScanFixtures.inventory();
        Inventory inventory = new Inventory(base.artifact(), base.os(),
                List.of(ScanFixtures.LIBC, ScanFixtures.ZLIB, LODASH_A, LODASH_B, go, py), List.of());
        List<VulnerabilityFinding> findings = List.of(
                finding(LODASH_B, vuln("GHSA-aaaa-bbbb-cccc", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")),
                finding(LODASH_A, vuln("CVE-2099-0001", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")),
                finding(go, vuln("GO-2099-0001", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")),
                finding(ScanFixtures.LIBC, vuln("DSA-9999-1", "AV:N/AC:L/Au:N/C:P/I:P/A:P")),
                finding(ScanFixtures.LIBC, vuln("DLA-9999-1", null)),
                finding(ScanFixtures.ZLIB, vuln("DEBIAN-CVE-2099-0002", null)),
                finding(py, vuln("PYSEC-2099-1", null)));
        return new ScanReport(inventory, Set.of(Scanner.VULN), findings, List.of(), null, List.of());
    }

    private static Package npm(String lockfile) {
        return new Package(PackageType.NPM, "lodash", "4.17.20", "", null, List.of(), Purl.parse("pkg:npm/lodash@4.17.20"),
                new Location(ScanFixtures.APP, lockfile), List.of());
    }

    private static VulnerabilityFinding finding(Package pkg, Vulnerability v) {
        return ScanFixtures.finding(pkg, v, pkg.version(), FixStatus.AFFECTED, List.of(), "test");
    }

    /** A synthetic record: scored 9.8 when it has a vector, unrated otherwise. */
    private static Vulnerability vuln(String id, @Nullable String vector) {
        return new Vulnerability(id, List.of(), "", vector == null ? Severity.UNKNOWN : Severity.CRITICAL,
                vector == null ? null : 9.8, vector == null ? "none" : "vector", vector, List.of(), null, "2099-01-01T00:00:00Z");
    }

    private static List<String> problems(String json) throws Exception {
        return new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16).stream()
                .map(ParseException::getMessage).toList();
    }

    private static JsonNode bom(ScanReport report) throws Exception {
        return JSON.readTree(Rendered.text(RENDERER, report));
    }

    private static JsonNode vulnerability(JsonNode bom, String id) {
        for (JsonNode v : bom.get("vulnerabilities")) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no vulnerability " + id + " in " + bom.get("vulnerabilities"));
    }

    private static String sourceOf(JsonNode bom, String id) {
        return vulnerability(bom, id).at("/source/name").asText();
    }

    private static String refOf(JsonNode bom, String purl) {
        for (JsonNode c : bom.get("components")) {
            if (purl.equals(c.path("purl").asText())) {
                return c.get("bom-ref").asText();
            }
        }
        throw new AssertionError("no component with purl " + purl);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
