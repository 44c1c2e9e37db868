package dev.rampart.k8s.netpol;

import dev.rampart.model.Issue;
import java.util.List;

/** What {@code netpol lint} found, sorted by rule and object, with the load issues. */
public record LintReport(List<LintFinding> findings, List<Issue> issues) {
    public LintReport {
        findings = List.copyOf(findings);
        issues = List.copyOf(issues);
    }
}
