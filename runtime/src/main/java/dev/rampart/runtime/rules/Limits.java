package dev.rampart.runtime.rules;

/**
 * Bounds on the work a rules file may cause: rules files come from users and may be hostile.
 *
 * @param maxRulesFileChars characters of one rules file
 * @param maxYamlAliases YAML aliases expanded in one file (the "billion laughs" guard)
 * @param maxConditionDepth nesting of one condition (Falco's loader allows 1000)
 * @param maxConditionChars characters of one condition after lists and exceptions are expanded
 */
public record Limits(int maxRulesFileChars, int maxYamlAliases, int maxConditionDepth, int maxConditionChars) {

    public static final Limits DEFAULT = new Limits(16 << 20, 100, 1000, 4 << 20);

    public Limits {
        if (maxRulesFileChars <= 0 || maxYamlAliases < 0 || maxConditionDepth <= 0 || maxConditionChars <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }
}
