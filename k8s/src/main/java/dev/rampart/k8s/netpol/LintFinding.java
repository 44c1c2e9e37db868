package dev.rampart.k8s.netpol;

/**
 * One lint result.
 *
 * @param rule the check id, e.g. {@code netpol-policy-selects-no-pods}
 * @param object what it is about, e.g. {@code NetworkPolicy ns/name} or {@code Namespace prod}
 */
public record LintFinding(String rule, Level level, String object, String message) {
    /** SARIF result levels. */
    public enum Level {
        ERROR("error"), WARNING("warning"), NOTE("note");

        public final String sarif;

        Level(String sarif) {
            this.sarif = sarif;
        }
    }
}
