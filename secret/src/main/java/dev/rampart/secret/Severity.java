package dev.rampart.secret;

import java.util.Arrays;
import java.util.Locale;

/** How bad a leaked secret of a rule's kind is, lowest first (Trivy's scale). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity '" + text + "' is not one of " + Arrays.toString(values()), e);
        }
    }
}
