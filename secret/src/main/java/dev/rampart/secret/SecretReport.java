package dev.rampart.secret;

import java.util.List;

/**
 * All secrets of one image or directory, files then config, and what was not read.
 *
 * @param findings in layer order, then path, then position; then the config's
 * @param summary counts of files skipped and truncated
 */
public record SecretReport(List<SecretFinding> findings, Summary summary) {
    public SecretReport {
        findings = List.copyOf(findings);
    }

    /**
     * @param binaryFiles files not read because their content is binary
     * @param tooLargeFiles files not read because they are larger than {@link SecretLimits#maxFileBytes()}
     * @param truncatedFiles files (or config values) with more findings than {@link SecretLimits#maxFindingsPerFile()}
     */
    public record Summary(long binaryFiles, long tooLargeFiles, long truncatedFiles) {}
}
