package dev.rampart.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.image.ImageConfig;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.Digest;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScannerTest {
    private static final SecretScanner SCANNER = SecretScanner.of(SecretRules.builtIn());

    /** A token-like string that no allowlist drops: {@code prefix} then {@code n} varied base62 characters. */
    static String token(String prefix, int n, int seed) {
        String alphabet = "Zk9Xq2Lm4Vb7Nc1Pd8Rf3Tg6Hj5Ws0YaQeUiOp";
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt((i * 7 + seed * 13 + i * i) % alphabet.length()));
        }
        return b.toString();
    }

    static final String GHP = token("ghp_", 36, 1);
    static final String GHP2 = token("ghp_", 36, 2);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void scan_reportsRuleLineColumnAndOnlyTheMaskedSecret() {
        List<SecretFinding> found = SCANNER.scan("/app/.env", utf8("# tokens\nGH=" + GHP + "\n"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("github-pat");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(4);
            assertThat(f.masked()).isEqualTo("ghp_" + "*".repeat(36));
            assertThat(f.location()).isEqualTo(new SecretLocation.InFile("/app/.env", 0, null, true));
            assertThat(f.toString()).doesNotContain(GHP.substring(4, 12));
        });
    }

    @Test
    void column_countsCharactersNotBytes() {
        List<SecretFinding> found = SCANNER.scan("/app/x.txt", utf8("ключ → " + GHP));
        assertThat(found).singleElement().extracting(SecretFinding::column).isEqualTo(8);
    }

    @Test
    void findings_showAtMostFourCharactersOfAnySecret() throws Exception {
        try (var fixtures = RuleFixturesTest.positives()) {
            for (Path p : fixtures.toList()) {
                for (SecretFinding f : SCANNER.scan("/" + p.getFileName(), Files.readAllBytes(p))) {
                    assertThat(f.masked().replace("*", "")).as(p + " " + f.ruleId()).hasSizeLessThanOrEqualTo(4);
                }
            }
        }
    }

    @Test
    void overlappingRules_reportTheSecretOnceUnderTheEarlierRule() {
        List<SecretFinding> found = SCANNER.scan("/app/.env", utf8("GITHUB_TOKEN=" + GHP + "\n"));
        assertThat(found).extracting(SecretFinding::ruleId).containsExactly("github-pat");
    }

    @Test
    void regex_runsOnlyOnTextContainingAKeyword() throws Exception {
        SecretRules rules = SecretRules.parse("rules.toml", """
                builtin-rules = false
                [[rules]]
                id = "zebra-code"
                title = "Zebra code"
                keywords = ["ZEBRA"]
                regex = '''code-[0-9]{4}'''
                """, SecretLimits.DEFAULT);
        SecretScanner scanner = SecretScanner.of(rules);
        assertThat(scanner.scan("/a", utf8("code-1234"))).isEmpty();
        assertThat(scanner.scan("/a", utf8("zebra: code-1234"))).extracting(SecretFinding::ruleId).containsExactly("zebra-code");
    }

    @Test
    void windowedRule_seesOnlyTheLinesAroundItsKeywords() throws Exception {
        SecretRules rules = SecretRules.parse("rules.toml", """
                builtin-rules = false
                [[rules]]
                id = "near"
                title = "code near its keyword"
                keywords = ["vault"]
                regex = '''(?s)vault.*?(code-[0-9]{4})'''
                window-lines = 1
                """, SecretLimits.DEFAULT);
        SecretScanner scanner = SecretScanner.of(rules);
        assertThat(scanner.scan("/a", utf8("x\nvault:\n  code-1234\n"))).extracting(SecretFinding::line).containsExactly(3);
        assertThat(scanner.scan("/a", utf8("vault:\n\n  code-1234\n"))).as("two lines below: outside").isEmpty();
        // hits on nearby lines share one window; a later hit far below gets its own
        assertThat(scanner.scan("/a", utf8("vault\nvault code-1111\n" + "\n".repeat(50) + "vault code-2222\n")))
                .extracting(SecretFinding::line).containsExactly(2, 53);
    }

    @Test
    void binaryContent_isNotScanned_unlessItsFirstNulIsPastTheSniffWindow() {
        byte[] early = utf8("\0" + GHP);
        assertThat(SCANNER.scan("/bin/tool", early)).isEmpty();
        byte[] late = new byte[SecretScanner.BINARY_SNIFF_BYTES + 100];
        Arrays.fill(late, (byte) ' ');
        byte[] t = utf8(GHP);
        System.arraycopy(t, 0, late, 10, t.length);
        late[late.length - 1] = 0;
        assertThat(SCANNER.scan("/var/log/x", late)).hasSize(1);
    }

    @Test
    void fileOverTheSizeLimit_isNotRead() throws Exception {
        SecretScanner small = SecretScanner.of(SecretRules.builtIn(), SecretLimits.DEFAULT.withMaxFileBytes(SecretScanner.BINARY_SNIFF_BYTES + 10));
        byte[] text = new byte[SecretScanner.BINARY_SNIFF_BYTES + 11];
        Arrays.fill(text, (byte) ' ');
        byte[] t = utf8(GHP);
        System.arraycopy(t, 0, text, 0, t.length);
        assertThat(small.scan("/big.log", text)).isEmpty();
        // declared size unknown (a stream): the limit is found by reading, one byte past it
        assertThat(small.scanFile("/big.log", new java.io.ByteArrayInputStream(text), -1))
                .isEqualTo(new FileScan.Skipped(FileScan.Reason.TOO_LARGE, text.length));
        assertThat(small.scan("/ok.log", Arrays.copyOf(text, text.length - 1))).hasSize(1);
    }

    @Test
    void streamsOfUnknownOrUnderstatedSize_areReadToTheirEnd() throws Exception {
        byte[] text = utf8(" ".repeat(200_000) + GHP + "\n");
        assertThat(SCANNER.scan("/a", new java.io.ByteArrayInputStream(text))).extracting(SecretFinding::line).containsExactly(1);
        assertThat(SCANNER.scanFile("/a", new java.io.ByteArrayInputStream(text), 9_000))
                .isInstanceOfSatisfying(FileScan.Found.class, f -> assertThat(f.findings()).hasSize(1));
        assertThat(SCANNER.scanFile("/a", new java.io.ByteArrayInputStream(utf8("short " + GHP)), 1_000_000))
                .as("a stream shorter than declared").isInstanceOfSatisfying(FileScan.Found.class, f -> assertThat(f.findings()).hasSize(1));
        assertThat(SCANNER.scanFile("/bin/x", new java.io.ByteArrayInputStream(new byte[] {1, 0, 2}), -1))
                .isEqualTo(new FileScan.Skipped(FileScan.Reason.BINARY, -1));
    }

    @Test
    void manySecretsInOneFile_areCappedAndTheFileCountedAsTruncated(@TempDir Path dir) throws Exception {
        SecretScanner capped = SecretScanner.of(SecretRules.builtIn(), SecretLimits.DEFAULT.withMaxFindingsPerFile(2));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            many.append(token("ghp_", 36, i)).append('\n');
        }
        Path image = new ImageBuilder().layer(new TarBuilder().file("app/tokens.txt", many.toString()))
                .writeOciArchive(dir.resolve("img.tar"));
        SecretReport report = capped.report(read(capped, image));
        assertThat(report.findings()).extracting(SecretFinding::line).containsExactly(1, 2);
        assertThat(report.summary()).isEqualTo(new SecretReport.Summary(0, 0, 1));
    }

    @Test
    void report_placesEachFindingInItsLayer_andMarksDeletedAndReplacedFiles(@TempDir Path dir) throws Exception {
        String aws = "AKIA" + "Q7ZK3LMNB2XDVW4P";
        ImageBuilder builder = new ImageBuilder()
                .layer(new TarBuilder()
                        .file("app/.env", "GITHUB_TOKEN=" + GHP + "\n")
                        .file("app/keep.conf", "id=" + aws + "\n")
                        .file("app/replaced.conf", "# old\nid=" + aws + "\n")
                        .file("bin/tool", "\0\1\2" + GHP))
                .layer(new TarBuilder()
                        .whiteout("app/.env")
                        .file("app/replaced.conf", "token " + GHP2 + "\n"))
                .env("PATH=/usr/bin")
                .env("GH_TOKEN=" + GHP2)
                .label("ci.token", GHP)
                .emptyLayerHistory("/bin/sh -c echo " + GHP2 + " > /dev/null");
        Path image = builder.writeOciArchive(dir.resolve("img.tar"));
        Digest l0 = Digest.parse(builder.diffIds().get(0));
        Digest l1 = Digest.parse(builder.diffIds().get(1));

        SecretReport report = SCANNER.report(read(SCANNER, image));

        assertThat(report.findings()).extracting(SecretFinding::ruleId, SecretFinding::location, SecretFinding::line)
                .containsExactly(
                        tuple("github-pat", new SecretLocation.InFile("/app/.env", 0, l0, false), 1),
                        tuple("aws-access-key-id", new SecretLocation.InFile("/app/keep.conf", 0, l0, true), 1),
                        tuple("aws-access-key-id", new SecretLocation.InFile("/app/replaced.conf", 0, l0, false), 2),
                        tuple("github-pat", new SecretLocation.InFile("/app/replaced.conf", 1, l1, true), 1),
                        tuple("github-pat", new SecretLocation.InConfig("config.Env[1]"), 1),
                        tuple("github-pat", new SecretLocation.InConfig("config.Labels[\"ci.token\"]"), 1),
                        tuple("github-pat", new SecretLocation.InConfig("history[2].created_by"), 1));
        assertThat(report.summary()).isEqualTo(new SecretReport.Summary(1, 0, 0));
    }

    @Test
    void directory_isOneLayerWithoutDigest_andEveryFileIsInTheFinalTree(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/client.js"), "auth: \"" + GHP + "\"\n");
        SecretReport report = SCANNER.report(read(SCANNER, dir));
        assertThat(report.findings()).extracting(SecretFinding::location)
                .containsExactly(new SecretLocation.InFile("/src/client.js", 0, null, true));
    }

    @Test
    void scanConfig_namesEachFieldAsTheConfigJsonDoes() {
        ImageConfig config = new ImageConfig(List.of("A=1", "SLACK=" + token("xoxb-1234567890-", 24, 3)),
                Map.of("b", "x", "a", "token=" + GHP), List.of("ADD file:abc in /", "RUN curl -H 'Authorization: token " + GHP2 + "'"), "");
        assertThat(SCANNER.scanConfig(config)).extracting(f -> f.location().toString(), SecretFinding::ruleId, SecretFinding::column)
                .containsExactly(
                        tuple("image config config.Env[1]", "slack-token", 7),
                        tuple("image config config.Labels[\"a\"]", "github-pat", 9),
                        tuple("image config history[1].created_by", "github-pat", 35));
    }

    @Test
    void analyzer_skipsEmptyFilesAndPathsEveryRuleAllows_withoutReadingThem() {
        var analyzer = SCANNER.analyzer();
        assertThat(analyzer.wants("/app/.env", 0)).isFalse();
        assertThat(analyzer.wants("/usr/share/doc/pkg/README", 100)).isFalse();
        assertThat(analyzer.wants("/app/.env", 100)).isTrue();
        assertThat(analyzer.wants("/app/huge.bin", Long.MAX_VALUE)).as("counted as too large").isTrue();
        assertThat(SCANNER.analyzer()).isSameAs(analyzer);
    }

    @Test
    void packageManagerListsAndChecksums_areSkipped_butMaintainerScriptsAndDebconfAnswersAreRead() {
        byte[] text = utf8("token: " + GHP + "\n");
        for (String skipped : List.of("/var/lib/dpkg/info/libc6:amd64.list", "/var/lib/dpkg/info/bash.md5sums",
                "/var/lib/dpkg/status", "/var/lib/dpkg/status-old", "/var/lib/dpkg/status.d/base-files",
                "/var/cache/debconf/templates.dat")) {
            assertThat(SCANNER.scan(skipped, text)).as(skipped).isEmpty();
        }
        for (String read : List.of("/var/lib/dpkg/info/app.postinst", "/var/cache/debconf/passwords.dat",
                "/srv/var/lib/dpkg/status")) {
            assertThat(SCANNER.scan(read, text)).as(read).extracting(SecretFinding::ruleId).containsExactly("github-pat");
        }
    }

    private static ImageFiles read(SecretScanner scanner, Path image) throws Exception {
        return ImageReader.builder().analyzers(List.of(scanner.analyzer())).build().read(ImageSource.detect(image));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
