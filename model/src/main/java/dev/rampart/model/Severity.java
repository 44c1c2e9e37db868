package dev.rampart.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How bad a finding is, on the scale Trivy, Grype and GitHub share. Ordered: {@code UNKNOWN} is
 * the lowest so that {@code --severity HIGH} thresholds never hide an unrated finding by accident
 * (callers decide whether unknown counts).
 */
public enum Severity {
    UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * Reads a rating as vulnerability sources write it: {@code HIGH}, {@code moderate} (GitHub),
     * {@code important} (Red Hat), {@code negligible}/{@code unimportant} (Ubuntu, Debian).
     */
    public static Optional<Severity> parse(String rating) {
        return Optional.ofNullable(switch (rating.strip().toLowerCase(Locale.ROOT)) {
            case "critical" -> CRITICAL;
            case "high", "important" -> HIGH;
            case "medium", "moderate" -> MEDIUM;
            case "low", "negligible", "unimportant", "none" -> LOW;
            case "unknown", "not yet assigned", "untriaged" -> UNKNOWN;
            default -> null;
        });
    }

    /** The CVSS v3/v4 qualitative rating of a base score (0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0+ critical). */
    public static Severity ofScore(double score) {
        if (score >= 9.0) {
            return CRITICAL;
        }
        if (score >= 7.0) {
            return HIGH;
        }
        if (score >= 4.0) {
            return MEDIUM;
        }
        return score > 0 ? LOW : UNKNOWN;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
