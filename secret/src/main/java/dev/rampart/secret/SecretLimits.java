package dev.rampart.secret;

/**
 * Bounds on the work secret scanning may cause. Files and rule files are hostile input; regular
 * expressions are linear-time (RE2/J) but their compiled size is bounded here too.
 *
 * @param maxFileBytes a file larger than this is not read; it is counted as skipped (too large)
 * @param maxFindingsPerFile findings kept from one file or config value; the rest are dropped and the
 *                           file is counted as truncated
 * @param maxRuleFileBytes bytes of one rule file (TOML)
 * @param maxRules rules in one rule set, built-in and user rules together
 * @param maxRegexLength characters of one regular expression in a rule or allowlist
 * @param maxRegexProgramSize instructions one compiled expression may have, estimated before it is
 *                            compiled (see {@code RegexBudget}: nested counted repetitions multiply)
 */
public record SecretLimits(
        long maxFileBytes,
        int maxFindingsPerFile,
        int maxRuleFileBytes,
        int maxRules,
        int maxRegexLength,
        int maxRegexProgramSize) {

    /** 10 MiB files (source and config files are far smaller; larger text is logs and data dumps). */
    public static final SecretLimits DEFAULT = new SecretLimits(10L << 20, 100, 1 << 20, 1_000, 4_096, 50_000);

    public SecretLimits {
        if (maxFileBytes <= 0 || maxFindingsPerFile <= 0 || maxRuleFileBytes <= 0 || maxRules <= 0
                || maxRegexLength <= 0 || maxRegexProgramSize <= 0) {
            throw new IllegalArgumentException("every secret limit must be positive: " + this);
        }
        if (maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must fit in one array (at most "
                    + (Integer.MAX_VALUE - 8) + "), got " + maxFileBytes);
        }
    }

    public SecretLimits withMaxFileBytes(long bytes) {
        return new SecretLimits(bytes, maxFindingsPerFile, maxRuleFileBytes, maxRules, maxRegexLength, maxRegexProgramSize);
    }

    public SecretLimits withMaxFindingsPerFile(int findings) {
        return new SecretLimits(maxFileBytes, findings, maxRuleFileBytes, maxRules, maxRegexLength, maxRegexProgramSize);
    }

    public SecretLimits withMaxRegexProgramSize(int size) {
        return new SecretLimits(maxFileBytes, maxFindingsPerFile, maxRuleFileBytes, maxRules, maxRegexLength, size);
    }
}
