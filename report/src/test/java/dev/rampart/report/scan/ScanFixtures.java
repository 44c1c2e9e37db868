package dev.rampart.report.scan;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Platform;
import dev.rampart.model.Purl;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.Severity;
import dev.rampart.model.Suppression;
import dev.rampart.model.Vulnerability;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.model.VulnerabilityFinding.FixStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scan reports for the renderer tests, built in code.
 *
 * <p>{@link #shop}: a Debian 12.5 image in three layers (base, app, a cleanup that deletes
 * {@code /app/config/.env.production}) with
 * <ul>
 *   <li>Debian packages: zlib1g (CRITICAL, will not fix), libc6 (HIGH, fixed, a DSA record with a
 *       CVE alias), libssl3 (MEDIUM, fixed), coreutils (LOW, no score, no fix, a long title),
 *       perl-base (HIGH, suppressed by an OpenVEX file), bash (no findings);</li>
 *   <li>log4j-core in {@code /opt/app/lib} with two CRITICAL GHSA records;</li>
 *   <li>spring-web nested in {@code /opt/app/shop.war} (HIGH);</li>
 *   <li>lodash in {@code /app/package-lock.json}: one HIGH, one MEDIUM suppressed by an ignore file;</li>
 *   <li>two secrets: an AWS key in the deleted {@code .env.production} and a GitHub token in the
 *       image config's {@code Env};</li>
 *   <li>one inventory issue and one scan issue.</li>
 * </ul>
 */
final class ScanFixtures {
    static final Digest BASE = digest("layer base");
    static final Digest APP = digest("layer app");
    static final Digest CLEANUP = digest("layer cleanup");
    static final String VEX = "vex/shop.openvex.json";
    static final String IGNORE_FILE = ".rampartignore";

    static final Package ZLIB = deb("zlib1g", "1:1.2.13.dfsg-1", "zlib");
    static final Package LIBC = deb("libc6", "2.36-9+deb12u1", "glibc");
    static final Package LIBSSL = deb("libssl3", "3.0.11-1~deb12u2", "openssl");
    static final Package COREUTILS = deb("coreutils", "9.1-1", null);
    static final Package PERL = deb("perl-base", "5.36.0-7+deb12u1", "perl");
    static final Package BASH = deb("bash", "5.2.15-2+b2", null);
    static final Package LOG4J = new Package(PackageType.MAVEN, "org.apache.logging.log4j:log4j-core", "2.14.1", "", null,
            List.of("Apache-2.0"), Purl.parse("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"),
            new Location(APP, "/opt/app/lib/log4j-core-2.14.1.jar"), List.of(),
            Map.of(PackageProperties.IDENTIFIED_BY, "pom.properties"));
    static final Package SPRING_WEB = new Package(PackageType.MAVEN, "org.springframework:spring-web", "5.3.20", "", null,
            List.of("Apache-2.0"), Purl.parse("pkg:maven/org.springframework/spring-web@5.3.20"),
            new Location(APP, "/opt/app/shop.war!/WEB-INF/lib/spring-web-5.3.20.jar"), List.of(),
            Map.of(PackageProperties.IDENTIFIED_BY, "pom.properties"));
    static final Package LODASH = new Package(PackageType.NPM, "lodash", "4.17.20", "", null, List.of("MIT"),
            Purl.parse("pkg:npm/lodash@4.17.20"), new Location(APP, "/app/package-lock.json"), List.of());

    private ScanFixtures() {}

    /** The full report with every scanner. */
    static ScanReport shop() {
        return shop(Set.of(Scanner.VULN, Scanner.SECRET));
    }

    /** The full report as if only {@code scanners} had run: findings of the others left out. */
    static ScanReport shop(Set<Scanner> scanners) {
        return new ScanReport(inventory(), scanners,
                scanners.contains(Scanner.VULN) ? vulnerabilities() : List.of(),
                scanners.contains(Scanner.SECRET) ? secrets() : List.of(),
                "rampart-db built 2025-01-01T00:00:00Z (osv, debian)",
                List.of(new Issue("/app/package-lock.json", "entry node_modules/left-pad has no version: not matched")));
    }

    /** The same image with every scanner run and nothing found. */
    static ScanReport clean() {
        return new ScanReport(inventory(), Set.of(Scanner.VULN, Scanner.SECRET), List.of(), List.of(), null, List.of());
    }

    static Inventory inventory() {
        ArtifactInfo artifact = new ArtifactInfo("images/shop.tar", ArtifactKind.DOCKER_ARCHIVE, digest("config"),
                null, List.of("registry.example/shop:1.4"), Platform.LINUX_AMD64, List.of(
                        layer("base", BASE, "ADD rootfs.tar.xz / # debian:12.5"),
                        layer("app", APP, "COPY app /"),
                        layer("cleanup", CLEANUP, "RUN rm /app/config/.env.production")));
        return new Inventory(artifact, new OperatingSystem("debian", "12.5", "Debian GNU/Linux 12 (bookworm)"),
                List.of(ZLIB, LIBC, LIBSSL, COREUTILS, PERL, BASH, LOG4J, SPRING_WEB, LODASH),
                List.of(new Issue("layer 2 entry /opt/app/lib/broken.jar", "not a zip archive: skipped")));
    }

    static List<VulnerabilityFinding> vulnerabilities() {
        return List.of(
                finding(ZLIB, new Vulnerability("DEBIAN-CVE-2023-45853", List.of("CVE-2023-45853"),
                        "zlib: integer overflow and resultant heap-based buffer overflow in zipOpenNewFileInZip4_6",
                        Severity.CRITICAL, 9.8, "CVSS:3.1 vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                        List.of("https://security-tracker.debian.org/tracker/CVE-2023-45853"), "2023-10-14T02:15:09Z",
                        "2024-12-20T00:00:00Z"), "1:1.2.13.dfsg-1", FixStatus.WILL_NOT_FIX, List.of(), "Debian:12 source zlib"),
                finding(LIBC, new Vulnerability("DSA-5514-1", List.of("CVE-2023-4911"),
                        "glibc: buffer overflow in ld.so leading to privilege escalation", Severity.HIGH, 7.8,
                        "CVSS:3.1 vector", "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H",
                        List.of("https://www.debian.org/security/2023/dsa-5514"), "2023-10-03T00:00:00Z", "2023-10-03T00:00:00Z"),
                        "2.36-9+deb12u1", FixStatus.FIXED, List.of("2.36-9+deb12u3"), "Debian:12 source glibc"),
                finding(LIBSSL, new Vulnerability("CVE-2024-0727", List.of(),
                        "openssl: denial of service via null dereference", Severity.MEDIUM, 5.5, "CVSS:3.1 vector",
                        "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H",
                        List.of("https://security-tracker.debian.org/tracker/CVE-2024-0727",
                                "https://www.openssl.org/news/secadv/20240125.txt"), "2024-01-26T09:15:07Z", "2024-02-10T00:00:00Z"),
                        "3.0.11-1~deb12u2", FixStatus.FIXED, List.of("3.0.13-1~deb12u1"), "Debian:12 source openssl"),
                finding(COREUTILS, new Vulnerability("CVE-2016-2781", List.of(),
                        "coreutils: Non-privileged session can escape to the parent session in chroot",
                        Severity.LOW, null, "Debian rating", null,
                        List.of("https://security-tracker.debian.org/tracker/CVE-2016-2781"), null, "2024-11-21T00:00:00Z"),
                        "9.1-1", FixStatus.AFFECTED, List.of(), "Debian:12 source coreutils"),
                finding(PERL, new Vulnerability("CVE-2023-31484", List.of(),
                        "perl: CPAN.pm does not verify TLS certificates when downloading distributions over HTTPS",
                        Severity.HIGH, 8.1, "CVSS:3.1 vector", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
                        List.of("https://security-tracker.debian.org/tracker/CVE-2023-31484"), "2023-04-29T00:15:09Z",
                        "2024-11-21T00:00:00Z"), "5.36.0-7+deb12u1", FixStatus.AFFECTED, List.of(), "Debian:12 source perl")
                        .suppressed(new Suppression(VEX, "not_affected: vulnerable_code_not_in_execute_path")),
                finding(LOG4J, new Vulnerability("GHSA-jfh8-c2jp-5v3q", List.of("CVE-2021-44228"),
                        "Remote code injection in Log4j", Severity.CRITICAL, 10.0, "CVSS:3.1 vector",
                        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                        List.of("https://github.com/advisories/GHSA-jfh8-c2jp-5v3q", "https://nvd.nist.gov/vuln/detail/CVE-2021-44228"),
                        "2021-12-10T00:00:40Z", "2024-11-21T00:00:00Z"),
                        "2.14.1", FixStatus.FIXED, List.of("2.3.1", "2.12.2", "2.15.0"), "Maven org.apache.logging.log4j:log4j-core"),
                finding(LOG4J, new Vulnerability("GHSA-7rjr-3q55-vv33", List.of("CVE-2021-45046"),
                        "Incomplete fix for Apache Log4j vulnerability", Severity.CRITICAL, 9.0, "CVSS:3.1 vector",
                        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H",
                        List.of("https://github.com/advisories/GHSA-7rjr-3q55-vv33"), "2021-12-14T18:01:28Z", "2024-11-21T00:00:00Z"),
                        "2.14.1", FixStatus.FIXED, List.of("2.3.1", "2.12.2", "2.16.0"), "Maven org.apache.logging.log4j:log4j-core"),
                finding(SPRING_WEB, new Vulnerability("GHSA-ccgv-vj62-xf9h", List.of("CVE-2024-22243"),
                        "Spring Web vulnerable to Open Redirect or Server Side Request Forgery", Severity.HIGH, 8.1,
                        "CVSS:3.1 vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:N",
                        List.of("https://github.com/advisories/GHSA-ccgv-vj62-xf9h"), "2024-02-23T00:00:00Z", "2024-11-21T00:00:00Z"),
                        "5.3.20", FixStatus.FIXED, List.of("5.3.32", "6.0.17", "6.1.4"), "Maven org.springframework:spring-web"),
                finding(LODASH, new Vulnerability("GHSA-35jh-r3h4-6jhm", List.of("CVE-2021-23337"),
                        "Command Injection in lodash", Severity.HIGH, 7.2, "CVSS:3.1 vector",
                        "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H",
                        List.of("https://github.com/advisories/GHSA-35jh-r3h4-6jhm"), "2021-05-06T16:05:51Z", "2024-11-21T00:00:00Z"),
                        "4.17.20", FixStatus.FIXED, List.of("4.17.21"), "npm lodash"),
                finding(LODASH, new Vulnerability("GHSA-29mw-wpgm-hmr9", List.of("CVE-2020-28500"),
                        "Regular Expression Denial of Service (ReDoS) in lodash", Severity.MEDIUM, 5.3, "CVSS:3.1 vector",
                        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L",
                        List.of("https://github.com/advisories/GHSA-29mw-wpgm-hmr9"), "2022-01-06T20:30:46Z", "2024-11-21T00:00:00Z"),
                        "4.17.20", FixStatus.FIXED, List.of("4.17.21"), "npm lodash")
                        .suppressed(new Suppression(IGNORE_FILE, "build-time tooling only; accepted until 2026-06-30")));
    }

    static List<SecretFinding> secrets() {
        return List.of(
                new SecretFinding("aws-access-key-id", "AWS Access Key ID", Severity.CRITICAL,
                        new Location(APP, "/app/config/.env.production"), false, 3, 19, "AKIA****************", null),
                new SecretFinding("github-pat", "GitHub Personal Access Token", Severity.CRITICAL,
                        new Location(null, "/config/Env"), true, 0, 0, "ghp_************************************", "GITHUB_TOKEN"));
    }

    static VulnerabilityFinding finding(Package pkg, Vulnerability v, String installed, FixStatus status,
                                        List<String> fixed, String matchedVia) {
        return new VulnerabilityFinding(pkg, v, installed, status, fixed, matchedVia, null);
    }

    static Package deb(String name, String version, @Nullable String source) {
        return new Package(PackageType.DEB, name, version, "amd64",
                source == null ? null : new Package.SourcePackage(source, version), List.of(),
                Purl.of("deb", "debian", name, version, Map.of("arch", "amd64", "distro", "debian-12.5")),
                new Location(BASE, "/var/lib/dpkg/status"), List.of());
    }

    private static LayerInfo layer(String name, Digest diffId, String createdBy) {
        return new LayerInfo(digest("blob " + name), diffId, "application/vnd.docker.image.rootfs.diff.tar.gzip", 1024, createdBy);
    }

    /** A stable digest made from a label, so fixtures need no literal hex. */
    static Digest digest(String label) {
        try {
            return Digest.sha256(MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
