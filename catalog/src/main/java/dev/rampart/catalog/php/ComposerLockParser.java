package dev.rampart.catalog.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code composer.lock} (https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control):
 * a JSON object whose {@code packages} array holds the locked requirements and {@code packages-dev}
 * the development ones.
 *
 * <pre>{@code
 * {"packages": [{"name": "monolog/monolog", "version": "3.5.0", "license": ["MIT"], ...}],
 *  "packages-dev": [{"name": "phpunit/phpunit", "version": "10.5.5", ...}], ...}
 * }</pre>
 */
final class ComposerLockParser {
    private ComposerLockParser() {}

    static List<ComposerPackage> parse(byte[] content, JsonDocumentLimits limits, Consumer<String> skipped) throws PhpFormatException {
        JsonNode root = ComposerJson.read(content, limits);
        if (!root.isObject() || !(root.path("packages").isArray() || root.path("packages-dev").isArray())) {
            throw new PhpFormatException(1, "composer.lock has no \"packages\" array");
        }
        List<ComposerPackage> out = new ArrayList<>(ComposerJson.packages(root.path("packages"), false, skipped));
        out.addAll(ComposerJson.packages(root.path("packages-dev"), true, skipped));
        return out;
    }
}
