package dev.rampart.report.scan;

import dev.rampart.model.SecretFinding;
import dev.rampart.model.VulnerabilityFinding;
import java.util.Comparator;

/** The order people read findings in: worst first, then by package and id; secrets by place. */
final class FindingOrder {
    private FindingOrder() {}

    /** Severity (critical first), package name, package version, primary id, record id, package location. */
    static final Comparator<VulnerabilityFinding> VULNERABILITIES =
            Comparator.comparing((VulnerabilityFinding f) -> f.severity()).reversed()
                    .thenComparing(f -> f.pkg().name())
                    .thenComparing(f -> f.pkg().version())
                    .thenComparing(f -> f.vulnerability().primaryId())
                    .thenComparing(f -> f.vulnerability().id())
                    .thenComparing(f -> f.pkg().location().path());

    /** Path, line, column, rule id, then layer (a file deleted in one layer may be re-added in another). */
    static final Comparator<SecretFinding> SECRETS =
            Comparator.comparing((SecretFinding s) -> s.location().path())
                    .thenComparingInt(SecretFinding::line)
                    .thenComparingInt(SecretFinding::column)
                    .thenComparing(SecretFinding::ruleId)
                    .thenComparing(s -> s.location().layer() == null ? "" : s.location().layer().toString());
}
