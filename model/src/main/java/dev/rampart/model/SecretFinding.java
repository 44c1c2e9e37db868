package dev.rampart.model;

import org.jspecify.annotations.Nullable;

/**
 * A secret found in a file or in the image config. The secret itself is never held here: only
 * its masked form (first 4 characters, the rest {@code *}).
 *
 * @param ruleId the rule that matched ({@code aws-access-key-id})
 * @param location the file and the layer holding it; for the image config, a path such as
 *                 {@code /config/Env} with a null layer
 * @param inFinalImage false when a later layer deleted or replaced the file: still readable by anyone with the image
 * @param line 1-based line of the match (0 for config fields)
 * @param column 1-based column
 */
public record SecretFinding(
        String ruleId,
        String title,
        Severity severity,
        Location location,
        boolean inFinalImage,
        int line,
        int column,
        String masked,
        @Nullable String configField) implements Finding {}
