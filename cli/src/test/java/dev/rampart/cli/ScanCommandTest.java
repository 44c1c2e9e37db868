package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db import, image scan, fs scan and sbom scan end to end over the corpus. */
@Tag("corpus")
class ScanCommandTest {
    @TempDir
    static Path dir;
    private static String db;
    private static final String LANG_ONLY = Corpus.resolve("images/lang-only.oci.tar").toString();

    @BeforeAll
    static void importDatabase() {
        db = dir.resolve("vulndb.sqlite").toString();
        SbomCommandTest.Run r = SbomCommandTest.run("db", "--db", db, "import",
                Corpus.resolve("osv/ghsa").toString(), Corpus.resolve("osv/ghsa-osvdev").toString(),
                Corpus.resolve("osv/Go-all.zip").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("records read");
    }

    @Test
    void dbStatus_listsEcosystemsAndSources() {
        SbomCommandTest.Run r = SbomCommandTest.run("db", "--db", db, "status");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Records:", "Maven", "Go", "ghsa");
    }

    @Test
    void imageScan_reportsLog4ShellInTheFatJarAndExitsWithTheCodeAsked() throws Exception {
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--db", db, "--scanners", "vuln",
                "-f", "json", "--exit-code", "5");
        assertThat(r.exit()).isEqualTo(5);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("vulnerabilities").findValuesAsText("id")).contains("GHSA-jfh8-c2jp-5v3q");
        assertThat(r.out()).contains("/opt/app/demo-boot-0.0.1.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar");
    }

    @Test
    void imageScan_severityFilterKeepsThatAndAbove() throws Exception {
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--db", db, "--scanners", "vuln",
                "-f", "json", "--severity", "CRITICAL");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("vulnerabilities").findValuesAsText("severity")).isNotEmpty().containsOnly("CRITICAL");
    }

    @Test
    void imageScan_vexSuppressesAndTheReportCountsIt() throws Exception {
        Path vex = dir.resolve("vex.json");
        Files.writeString(vex, """
                {"@context": "https://openvex.dev/ns/v0.2.0", "statements": [
                  {"vulnerability": {"name": "CVE-2022-42889"}, "products": [{"@id": "pkg:maven/org.apache.commons/commons-text"}],
                   "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
                """);
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--db", db, "--scanners", "vuln", "--vex", vex.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Suppressed:").doesNotContain("| CVE-2022-42889 |");
    }

    @Test
    void imageScan_secretsOnlyFindsEveryCorpusSecretMasked() {
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--scanners", "secret", "-f", "sarif");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"version\" : \"2.1.0\"", "aws-access-key-id", "private-key", "root/.ssh/id_rsa")
                .doesNotContain("wJa1rXUtnFEMI/K7MDENG/bPxRfiCYZq8sT2vB9d");
    }

    @Test
    void imageScan_withoutDatabaseSaysHowToGetOne() {
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--db", dir.resolve("none.sqlite").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no vulnerability database; run 'rampart db update'").hasLineCount(1);
    }

    @Test
    void sbomScan_readsTrivysCycloneDx() {
        SbomCommandTest.Run r = SbomCommandTest.run("sbom", "scan", Corpus.resolve("images/trivy/lang-only.cdx.json").toString(),
                "--db", db, "-f", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("GHSA-jfh8-c2jp-5v3q", "GHSA-29mw-wpgm-hmr9")
                .as("GHSA-8p5q-j9m2-g8wr is withdrawn").doesNotContain("GHSA-8p5q-j9m2-g8wr");
    }

    @Test
    void fsScan_rejectsAFile() {
        SbomCommandTest.Run r = SbomCommandTest.run("fs", "scan", LANG_ONLY);
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is not a directory");
    }

    @Test
    void imageScan_unknownScannerIsUsageError() {
        SbomCommandTest.Run r = SbomCommandTest.run("image", "scan", LANG_ONLY, "--scanners", "vuln,magic");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown scanner 'magic'");
    }
}
