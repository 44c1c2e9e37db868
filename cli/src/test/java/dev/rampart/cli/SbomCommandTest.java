package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.Golden;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sbom verb end to end: flags → inventory → rendered output and exit code. */
class SbomCommandTest {
    private static final String EXAMPLE = "../examples/distroless-java.tar";

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, out, new PrintWriter(err, true));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void sbom_printsTableOfExampleImage() {
        Run r = run("sbom", EXAMPLE);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("sbom-example.table.txt", r.out());
    }

    @Test
    void sbom_writesJsonOfExampleImage() {
        Run r = run("sbom", EXAMPLE, "--format", "json");
        assertThat(r.exit()).isZero();
        Golden.assertMatches("sbom-example.json", r.out());
    }

    @Test
    void sbom_writesCycloneDxJsonAndXmlAndSpdx() {
        Run cdx = run("sbom", EXAMPLE, "--format", "cyclonedx");
        assertThat(cdx.exit()).isZero();
        assertThat(cdx.out()).contains("\"bomFormat\" : \"CycloneDX\"", "\"specVersion\" : \"1.6\"", "pkg:deb/debian/libc6@");
        Run xml = run("sbom", EXAMPLE, "--format", "cyclonedx-xml");
        assertThat(xml.exit()).isZero();
        assertThat(xml.out()).contains("http://cyclonedx.org/schema/bom/1.6", "<name>libc6</name>");
        Run spdx = run("sbom", EXAMPLE, "-f", "spdx");
        assertThat(spdx.exit()).isZero();
        assertThat(spdx.out()).contains("\"spdxVersion\" : \"SPDX-2.3\"", "pkg:deb/debian/libc6@");
    }

    @Test
    void sbom_writesOutputFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inventory.json");
        Run r = run("sbom", EXAMPLE, "-f", "json", "-o", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).contains("\"name\" : \"libc6\"");
        assertThat(dir.toFile().list()).containsExactly("inventory.json");
    }

    @Test
    void sbom_failsWithOneLineNamingTheFile_whenInputMissing(@TempDir Path dir) {
        Path missing = dir.resolve("nope.tar");
        Run r = run("sbom", missing.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).isEqualTo("rampart: error: " + missing + ": no such file or directory\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void sbom_leavesEarlierOutputUntouched_whenImageIsCorrupt(@TempDir Path dir) throws Exception {
        Path image = new ImageBuilder().layer(new TarBuilder().file("etc/hostname", "x"))
                .corruptLayerDigest(0).writeOciArchive(dir.resolve("bad.tar"));
        Path out = dir.resolve("sbom.json");
        Files.writeString(out, "earlier good result");
        Run r = run("sbom", image.toString(), "-f", "json", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).startsWith("rampart: error: " + image).contains("digest mismatch").hasLineCount(1);
        assertThat(Files.readString(out)).isEqualTo("earlier good result");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("bad.tar", "sbom.json");
    }

    @Test
    void sbom_rejectsUnknownFormatWithUsageHint() {
        Run r = run("sbom", EXAMPLE, "--format", "pdf");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("pdf").contains("Run 'rampart sbom --help' for usage.");
    }

    @Test
    void sbom_rejectsBadPlatform() {
        Run r = run("sbom", EXAMPLE, "--platform", "linux");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("invalid platform 'linux'");
    }

    @Test
    void sbom_stopsWhenLayerInflatesPastMaxLayerSize(@TempDir Path dir) {
        Path image = new ImageBuilder().layer(new TarBuilder().file("zeros", new byte[200_000]))
                .writeDockerArchive(dir.resolve("bomb.tar"));
        Run r = run("sbom", image.toString(), "--max-layer-size", "64k");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("inflates past 65536 bytes").hasLineCount(1);
    }

    @Test
    void version_printsVersion() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("rampart ");
    }

    @Test
    void help_documentsEveryFlag() {
        Run r = run("sbom", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--format", "--output", "--platform", "--max-layer-size", "--quiet");
    }
}
