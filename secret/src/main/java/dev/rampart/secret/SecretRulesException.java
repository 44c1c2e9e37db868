package dev.rampart.secret;

/**
 * A rule file that cannot be used. The message is one line naming the file, the line (when known)
 * and what is wrong: {@code rules.toml:12: rule 'acme': regex is not a valid RE2 expression: ...}.
 */
public final class SecretRulesException extends Exception {
    private static final long serialVersionUID = 1L;

    public SecretRulesException(String message) {
        super(message);
    }

    public SecretRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
