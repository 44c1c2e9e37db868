package dev.rampart.secret;

import dev.rampart.secret.internal.Redaction;

/**
 * One secret found. It carries the secret only masked: its first characters then {@code *}, so
 * neither a report nor a log built from findings can print it whole.
 *
 * <pre>{@code
 * SecretFinding[ruleId=aws-access-key-id, severity=CRITICAL,
 *               location=/opt/app/config/old-credentials.txt (layer 3 ...) [not in final image],
 *               line=2, column=21, masked=AKIA****************]
 * }</pre>
 *
 * @param line 1-based line of the secret's first character (within the file or the config value)
 * @param column 1-based column of it, in characters
 * @param masked the secret masked: at most {@value Redaction#SHOWN} characters shown, the rest {@code *}
 */
public record SecretFinding(String ruleId, String title, Severity severity, SecretLocation location, int line,
                            int column, String masked) {
    public SecretFinding {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        if (masked.isEmpty() || masked.indexOf('*') < 0) {
            throw new IllegalArgumentException("a finding of rule '" + ruleId + "' must carry a masked secret");
        }
    }

    /** The same finding at another location (the analyzer learns the layer only after the pass). */
    public SecretFinding at(SecretLocation where) {
        return new SecretFinding(ruleId, title, severity, where, line, column, masked);
    }
}
