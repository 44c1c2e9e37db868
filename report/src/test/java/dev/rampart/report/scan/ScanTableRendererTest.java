package dev.rampart.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.testkit.Golden;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanTableRendererTest {
    private static final ScanTableRenderer RENDERER = new ScanTableRenderer();

    @Test
    void render_matchesGoldenFile() {
        Golden.assertMatches("scan/shop.table.txt", Rendered.text(RENDERER, ScanFixtures.shop()));
    }

    @Test
    void render_headsOsPackagesAsOneTargetAndEachLanguageFileAsItsOwn() {
        List<String> lines = lines(Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.VULN))));

        assertThat(headings(lines)).containsExactly(
                "images/shop.tar (debian 12.5)",
                "/app/package-lock.json",
                "/opt/app/lib/log4j-core-2.14.1.jar",
                "/opt/app/shop.war!/WEB-INF/lib/spring-web-5.3.20.jar");
    }

    @Test
    void render_sortsRowsBySeverityThenPackageThenId() {
        List<String> rows = lines(Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.VULN)))).stream()
                .filter(l -> l.contains("| CVE-")).map(l -> cells(l).get(0) + " " + cells(l).get(1)).toList();

        assertThat(rows).containsExactly(
                "zlib1g CVE-2023-45853",
                "libc6 CVE-2023-4911",
                "libssl3 CVE-2024-0727",
                "coreutils CVE-2016-2781",
                "lodash CVE-2021-23337",
                "org.apache.logging.log4j:log4j-core CVE-2021-44228",
                "org.apache.logging.log4j:log4j-core CVE-2021-45046",
                "org.springframework:spring-web CVE-2024-22243");
    }

    @Test
    void render_countsActiveFindingsAndNamesTheSourceOfEachSuppression() {
        String table = Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.VULN)));

        assertThat(table)
                .contains("images/shop.tar (debian 12.5)\n=============================\n"
                        + "Total: 4 (UNKNOWN: 0, LOW: 1, MEDIUM: 1, HIGH: 1, CRITICAL: 1)\n")
                .contains("/app/package-lock.json\n======================\n"
                        + "Total: 1 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0)\n")
                .contains("Suppressed: 2 vulnerabilities, not counted above (.rampartignore: 1, " + ScanFixtures.VEX + ": 1)\n")
                .doesNotContain("perl-base", "CVE-2020-28500");
    }

    @Test
    void render_showsWhatIsFixedAndHowInTheRow() {
        assertThat(cells(row(Rendered.text(RENDERER, ScanFixtures.shop()), "CVE-2021-44228"))).containsExactly(
                "org.apache.logging.log4j:log4j-core", "CVE-2021-44228", "CRITICAL", "fixed", "2.14.1",
                "2.3.1, 2.12.2, 2.15.0", "Remote code injection in Log4j");
        assertThat(cells(row(Rendered.text(RENDERER, ScanFixtures.shop()), "CVE-2023-45853")))
                .containsSubsequence("will_not_fix", "1:1.2.13.dfsg-1", "");
    }

    @Test
    void render_marksSecretsADeletedFileStillHoldsAndNamesTheConfigField() {
        String table = Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.SECRET)));

        assertThat(table).contains("/app/config/.env.production (secrets)", "/config/Env (secrets)");
        assertThat(cells(row(table, "aws-access-key-id"))).containsExactly("aws-access-key-id", "CRITICAL", "3",
                "AKIA****************", ScanFixtures.APP.shortHex() + " (not in the final image)");
        assertThat(cells(row(table, "github-pat"))).containsExactly("github-pat", "CRITICAL", "-",
                "GITHUB_TOKEN: ghp_************************************", "-");
    }

    @Test
    void render_leavesOutScannersThatDidNotRun() {
        String secretsOnly = Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.SECRET)));
        String vulnerabilitiesOnly = Rendered.text(RENDERER, ScanFixtures.shop(Set.of(Scanner.VULN)));

        assertThat(secretsOnly).doesNotContain("debian 12.5", "LIBRARY", "Suppressed", "Vulnerabilities").contains("RULE");
        assertThat(vulnerabilitiesOnly).doesNotContain("(secrets)", "RULE", "Secrets").contains("LIBRARY");
    }

    @Test
    void render_saysWhenAScannerRanAndFoundNothing() {
        String table = Rendered.text(RENDERER, ScanFixtures.clean());

        assertThat(table).isEqualTo("""
                images/shop.tar (debian 12.5)
                =============================
                Total: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)

                Secrets: none found

                Notes (1):
                  layer 2 entry /opt/app/lib/broken.jar: not a zip archive: skipped
                """);
    }

    @Test
    void truncate_cutsTitlesLongerThanTheWidthAndEndsThemInDots() {
        String title = "coreutils: Non-privileged session can escape to the parent session in chroot";

        assertThat(ScanTableRenderer.truncate(title))
                .hasSize(ScanTableRenderer.TITLE_WIDTH)
                .isEqualTo("coreutils: Non-privileged session can escape to the paren...");
        assertThat(ScanTableRenderer.truncate("Command Injection in lodash")).isEqualTo("Command Injection in lodash");
        assertThat(ScanTableRenderer.truncate(" two\n  lines ")).isEqualTo("two lines");
    }

    private static String row(String table, String containing) {
        return lines(table).stream().filter(l -> l.contains(containing) && l.contains(" | ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + containing + " in\n" + table));
    }

    private static List<String> cells(String row) {
        return java.util.Arrays.stream(row.split(" \\|", -1)).map(String::strip).toList();
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** Lines underlined with '='. */
    private static List<String> headings(List<String> lines) {
        return java.util.stream.IntStream.range(0, lines.size() - 1)
                .filter(i -> !lines.get(i).isEmpty() && lines.get(i + 1).equals("=".repeat(lines.get(i).length())))
                .mapToObj(lines::get).toList();
    }
}
