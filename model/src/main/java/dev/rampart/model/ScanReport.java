package dev.rampart.model;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code image scan}, {@code fs scan} or {@code sbom scan}: the inventory and what
 * the chosen scanners found in it.
 *
 * @param scanners which scanners ran (a report shows "not scanned" for the others)
 * @param vulnerabilities findings in inventory order; suppressed ones included, marked by their {@code suppression}
 * @param secrets secret findings, by path then line
 * @param database what the vulnerability database held when matched (its build time and sources), or null
 * @param issues what could not be read or evaluated, in the order met
 */
public record ScanReport(
        Inventory inventory,
        Set<Scanner> scanners,
        List<VulnerabilityFinding> vulnerabilities,
        List<SecretFinding> secrets,
        @Nullable String database,
        List<Issue> issues) {

    public enum Scanner { VULN, SECRET }

    public ScanReport {
        scanners = Set.copyOf(scanners);
        vulnerabilities = List.copyOf(vulnerabilities);
        secrets = List.copyOf(secrets);
        issues = List.copyOf(issues);
    }

    /** Findings that stand (not suppressed by VEX or an ignore file). */
    public List<VulnerabilityFinding> activeVulnerabilities() {
        return vulnerabilities.stream().filter(f -> f.suppression() == null).toList();
    }

    /** Findings a VEX document or ignore file suppressed: counted in reports, never dropped. */
    public List<VulnerabilityFinding> suppressedVulnerabilities() {
        return vulnerabilities.stream().filter(f -> f.suppression() != null).toList();
    }
}
