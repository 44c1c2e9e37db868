package dev.rampart.report.scan;

import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.VulnerabilityFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A report for people, shaped like Trivy's: a heading per target with its totals and a table of
 * its findings, worst first.
 *
 * <pre>
 * images/shop.tar (debian 12.5)
 * ==================================
 * Total: 2 (UNKNOWN: 0, LOW: 0, MEDIUM: 1, HIGH: 1, CRITICAL: 0)
 *
 * LIBRARY | VULNERABILITY | SEVERITY | STATUS | INSTALLED        | FIXED            | TITLE
 * --------+---------------+----------+--------+------------------+------------------+-----------------------------
 * libc6   | CVE-2023-4911 | HIGH     | fixed  | 2.36-9+deb12u1   | 2.36-9+deb12u3   | glibc: buffer overflow in...
 * libssl3 | CVE-2024-0727 | MEDIUM   | fixed  | 3.0.11-1~deb12u2 | 3.0.13-1~deb12u1 | openssl: denial of servic...
 * </pre>
 *
 * <p>Targets: the OS packages as one, named {@code <artifact name> (<os id> <os version>)} and
 * shown whenever the image has an OS; then one per language-package file (a jar, a nested
 * {@code app.war!/WEB-INF/lib/x.jar}, a {@code package-lock.json}) that has active findings, by
 * path. Totals and rows count active findings only; a line after the targets counts the
 * suppressed ones by the file that suppressed them. Secrets follow, one target per file, the
 * copies a later layer deleted marked "not in the final image". A scanner that did not run gets
 * no section; one that ran and found nothing says so.
 */
public final class ScanTableRenderer implements ScanRenderer {
    /** Titles longer than this are cut to it, ending in "...". */
    static final int TITLE_WIDTH = 60;

    @Override
    public void render(ScanReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (report.scanners().contains(Scanner.VULN)) {
            vulnerabilities(w, report);
        }
        if (report.scanners().contains(Scanner.SECRET)) {
            secrets(w, report.secrets());
        }
        issues(w, report);
        w.flush();
        if (w.checkError()) {
            throw new IOException("cannot write the table report of " + report.inventory().artifact().name());
        }
    }

    private static void vulnerabilities(PrintWriter w, ScanReport report) {
        List<Target> targets = targets(report);
        if (targets.isEmpty()) {
            w.println("Vulnerabilities: none found");
            w.println();
        }
        for (Target t : targets) {
            heading(w, t.name(), SeverityCounts.of(t.findings()));
            if (t.findings().isEmpty()) {
                continue;
            }
            TextTable table = new TextTable("LIBRARY", "VULNERABILITY", "SEVERITY", "STATUS", "INSTALLED", "FIXED", "TITLE");
            t.findings().stream().sorted(FindingOrder.VULNERABILITIES).forEach(f -> table.add(
                    f.pkg().name(),
                    f.vulnerability().primaryId(),
                    f.severity().name(),
                    f.status().name().toLowerCase(Locale.ROOT),
                    f.pkg().version(),
                    String.join(", ", f.fixedVersions()),
                    truncate(f.vulnerability().summary())));
            table.print(w);
            w.println();
        }
        List<VulnerabilityFinding> suppressed = report.suppressedVulnerabilities();
        if (!suppressed.isEmpty()) {
            Map<String, Long> bySource = suppressed.stream().collect(
                    Collectors.groupingBy(f -> f.suppression().source(), TreeMap::new, Collectors.counting()));
            w.println("Suppressed: " + suppressed.size() + (suppressed.size() == 1 ? " vulnerability" : " vulnerabilities")
                    + ", not counted above (" + bySource.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")");
            w.println();
        }
    }

    /** The OS target (when the image has an OS or OS packages are affected), then language targets by path. */
    static List<Target> targets(ScanReport report) {
        Inventory inventory = report.inventory();
        List<VulnerabilityFinding> os = new ArrayList<>();
        Map<String, List<VulnerabilityFinding>> byFile = new TreeMap<>();
        for (VulnerabilityFinding f : report.activeVulnerabilities()) {
            if (f.pkg().type().isOsPackage()) {
                os.add(f);
            } else {
                byFile.computeIfAbsent(f.pkg().location().path(), p -> new ArrayList<>()).add(f);
            }
        }
        List<Target> targets = new ArrayList<>();
        if (inventory.os() != null || !os.isEmpty()) {
            String name = inventory.artifact().name();
            targets.add(new Target(inventory.os() == null ? name : name + " (" + inventory.os() + ")", os));
        }
        byFile.forEach((path, findings) -> targets.add(new Target(path, findings)));
        return targets;
    }

    record Target(String name, List<VulnerabilityFinding> findings) {}

    private static void secrets(PrintWriter w, List<SecretFinding> secrets) {
        if (secrets.isEmpty()) {
            w.println("Secrets: none found");
            w.println();
            return;
        }
        Map<String, List<SecretFinding>> byFile = new TreeMap<>();
        secrets.forEach(s -> byFile.computeIfAbsent(s.location().path(), p -> new ArrayList<>()).add(s));
        byFile.forEach((path, found) -> {
            heading(w, path + " (secrets)", SeverityCounts.of(found));
            TextTable table = new TextTable("RULE", "SEVERITY", "LINE", "MATCH", "LAYER");
            found.stream().sorted(FindingOrder.SECRETS).forEach(s -> table.add(
                    s.ruleId(),
                    s.severity().name(),
                    s.line() > 0 ? Integer.toString(s.line()) : "-",
                    s.configField() == null ? s.masked() : s.configField() + ": " + s.masked(),
                    layer(s)));
            table.print(w);
            w.println();
        });
    }

    private static String layer(SecretFinding s) {
        String layer = s.location().layer() == null ? "-" : s.location().layer().shortHex();
        return s.inFinalImage() ? layer : layer + " (not in the final image)";
    }

    private static void heading(PrintWriter w, String name, SeverityCounts counts) {
        w.println(name);
        w.println("=".repeat(name.length()));
        w.println(counts.line());
        w.println();
    }

    private static void issues(PrintWriter w, ScanReport report) {
        List<Issue> all = new ArrayList<>(report.inventory().issues());
        all.addAll(report.issues());
        if (!all.isEmpty()) {
            w.println("Notes (" + all.size() + "):");
            all.forEach(i -> w.println("  " + i));
        }
    }

    static String truncate(String title) {
        String oneLine = title.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_WIDTH ? oneLine : oneLine.substring(0, TITLE_WIDTH - 3) + "...";
    }
}
