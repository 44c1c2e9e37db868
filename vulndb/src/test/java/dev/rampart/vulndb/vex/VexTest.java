package dev.rampart.vulndb.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import dev.rampart.model.Severity;
import dev.rampart.model.Vulnerability;
import dev.rampart.model.VulnerabilityFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexTest {
    private static final Path DIR = Path.of("src/test/resources/vex");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static VulnerabilityFinding finding(String purl, String id, String... aliases) {
        Purl p = Purl.parse(purl);
        Package pkg = new Package(PackageType.MAVEN, p.name(), p.version(), "", null, List.of(), p,
                new Location(null, "/app/x.jar"), List.of(), Map.of());
        Vulnerability v = new Vulnerability(id, List.of(aliases), "", Severity.HIGH, 8.0, "test", null, List.of(), null, "");
        return new VulnerabilityFinding(pkg, v, p.version(), VulnerabilityFinding.FixStatus.FIXED, List.of("9.9"), "test", null);
    }

    private static final VulnerabilityFinding LOG4J = finding("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
            "GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228");
    private static final VulnerabilityFinding TEXT = finding("pkg:maven/org.apache.commons/commons-text@1.9",
            "GHSA-599f-7c49-w659", "CVE-2022-42889");

    @Test
    void openVex_notAffectedWithJustificationSuppressesByAliasAndSubcomponent() throws Exception {
        VexReader.Result r = new VexReader().read(DIR.resolve("openvex-log4j-not-affected.json"));
        assertThat(r.statements()).extracting(Statement::vulnerability).containsExactly("CVE-2021-44228");
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("without justification"));
        List<VulnerabilityFinding> out = new Suppressor(r.statements(), TODAY).apply(List.of(LOG4J, TEXT));
        assertThat(out.get(0).suppression()).isNotNull();
        assertThat(out.get(0).suppression().reason()).isEqualTo("not_affected: vulnerable_code_not_in_execute_path");
        assertThat(out.get(1).suppression()).isNull();
    }

    @Test
    void openVex_oldStringFormAndVersionlessPurlCoverEveryVersion() throws Exception {
        VexReader.Result r = new VexReader().read(DIR.resolve("openvex-v002-strings.json"));
        List<VulnerabilityFinding> out = new Suppressor(r.statements(), TODAY).apply(List.of(TEXT));
        assertThat(out.getFirst().suppression().reason()).startsWith("not_affected: StringSubstitutor");
    }

    @Test
    void cycloneDxVex_resolvesBomRefsAndKeepsOnlyNotAffectedStates() throws Exception {
        VexReader.Result r = new VexReader().read(DIR.resolve("cyclonedx-vex.json"));
        assertThat(r.statements()).extracting(Statement::vulnerability).containsExactly("CVE-2022-42889");
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("'missing-ref'"));
        assertThat(new Suppressor(r.statements(), TODAY).apply(List.of(TEXT, LOG4J)))
                .extracting(f -> f.suppression() != null).containsExactly(true, false);
    }

    @Test
    void ignoreFile_appliesUntilExpiryAndReportsBadLines() throws Exception {
        VexReader.Result r = IgnoreFile.read(DIR.resolve("rampartignore"));
        assertThat(r.statements()).extracting(Statement::vulnerability).containsExactly("CVE-2021-44228", "GHSA-599f-7c49-w659");
        assertThat(r.issues()).extracting(i -> i.message()).containsExactly(
                "expiry 'tomorrow' is not a date YYYY-MM-DD; line ignored",
                "unexpected 'surprise' (expected exp:YYYY-MM-DD or a purl); line ignored");
        Suppressor s = new Suppressor(r.statements(), TODAY);
        List<VulnerabilityFinding> out = s.apply(List.of(LOG4J, TEXT));
        assertThat(out.get(0).suppression().reason()).isEqualTo("ignored: JNDI lookups disabled by flag");
        assertThat(out.get(1).suppression()).as("expired entry").isNull();
        assertThat(s.expired()).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("GHSA-599f-7c49-w659 expired on 2020-01-01 and no longer suppresses"));
    }

    @Test
    void purlCovers_requiresSameVersionWhenGiven() {
        assertThat(Statement.purlCovers("pkg:maven/g/a@1.0", Purl.parse("pkg:maven/g/a@1.0"))).isTrue();
        assertThat(Statement.purlCovers("pkg:maven/g/a@1.0", Purl.parse("pkg:maven/g/a@1.1"))).isFalse();
        assertThat(Statement.purlCovers("pkg:maven/g/a", Purl.parse("pkg:maven/g/a@1.1"))).isTrue();
        assertThat(Statement.purlCovers("pkg:maven/g/b", Purl.parse("pkg:maven/g/a@1.1"))).isFalse();
        assertThat(Statement.purlCovers("pkg:deb/debian/bash?arch=amd64", Purl.parse("pkg:deb/debian/bash@5.2?arch=arm64"))).isFalse();
    }

    @Test
    void read_rejectsADocumentThatIsNeitherFormat(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"hello\": 1}");
        assertThatThrownBy(() -> new VexReader().read(f)).hasMessageStartingWith(f + ": neither OpenVEX");
    }
}
