package dev.rampart.catalog.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code vendor/composer/installed.json}, what Composer actually installed, in both forms it has had:
 *
 * <pre>{@code
 * Composer 1:  [{"name": "psr/log", "version": "1.1.4", ...}, ...]
 * Composer 2:  {"packages": [{"name": "psr/log", ...}, ...], "dev": true, "dev-package-names": ["phpunit/phpunit", ...]}
 * }</pre>
 *
 * Composer 2 names the development packages it installed in {@code dev-package-names}; Composer 1
 * does not say, so its packages are not marked here (the cataloger takes the mark from a
 * {@code composer.lock} beside the vendor folder).
 */
final class InstalledJsonParser {
    private InstalledJsonParser() {}

    /** The installed packages, and whether the file says which of them are development ones. */
    record Installed(List<ComposerPackage> packages, boolean marksDev) {}

    static Installed parse(byte[] content, JsonDocumentLimits limits, Consumer<String> skipped) throws PhpFormatException {
        JsonNode root = ComposerJson.read(content, limits);
        if (root.isArray()) {
            return new Installed(ComposerJson.packages(root, false, skipped), false);
        }
        if (!root.isObject() || !root.path("packages").isArray()) {
            throw new PhpFormatException(1, "installed.json is neither an array of packages nor an object with a \"packages\" array");
        }
        Set<String> dev = new HashSet<>();
        root.path("dev-package-names").forEach(n -> dev.add(n.asText()));
        List<ComposerPackage> packages = ComposerJson.packages(root.path("packages"), false, skipped).stream()
                .map(p -> new ComposerPackage(p.name(), p.version(), dev.contains(p.name()), p.licenses(), p.integrity()))
                .toList();
        return new Installed(packages, root.has("dev-package-names"));
    }
}
